// The task pane arrives in a later milestone (issue 6); for now the package only proves it builds against core.
export { check } from '@thethuc/core';
