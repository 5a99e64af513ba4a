// Filled in by the profile schema work; see profiles/schema.json.
export interface Profile {
  id: string;
  [key: string]: unknown;
}
