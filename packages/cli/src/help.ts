import { FORMATS, LIST_FORMATS, PLANNED_FORMATS, PROFILES } from './args.js';
import type { HelpTopic } from './args.js';
import { VERSION } from './version.js';

export const MAIN_HELP = `thethuc ${VERSION} — kiểm tra thể thức văn bản của Đảng theo Hướng dẫn 36-HD/VPTW
(checks the format of Communist Party of Vietnam documents)

Cách dùng / Usage:
  thethuc check [tuỳ chọn] <tệp|thư mục|mẫu glob>...
  thethuc fix <bản-thảo.docx> -o <bản-đã-sửa.docx> | --in-place | --out-dir <thư mục> [tuỳ chọn]
  thethuc render <bản-thảo.md> [-o <bản-thảo.docx>] [--force]
  thethuc import <bản-thảo.docx> [-o <bản-thảo.md>] [--force]
  thethuc rules [--format stylish|json] [--lang vi|en]
  thethuc explain <mã-quy-tắc>
  thethuc --help | --version

Lệnh / Commands:
  check            Kiểm tra bản thảo .docx và .md (check .docx and .md drafts)
  fix              Tự sửa các lỗi sửa được trong bản thảo .docx (fix what can be fixed in .docx drafts)
  render           Dàn trang bản thảo Markdown thành .docx đúng thể thức (lay out a Markdown draft as a .docx)
  import           Chuyển bản thảo .docx thành Markdown (convert a .docx draft to Markdown)
  rules            Liệt kê các quy tắc (list the rules)
  explain          Giải thích một quy tắc (explain one rule)
  help [lệnh]      Hiện hướng dẫn của một lệnh (show help for a command)

Tuỳ chọn chung / Global options:
  -h, --help       Hiện hướng dẫn này (show this help)
  -v, --version    Hiện phiên bản (show the version)

Xem tuỳ chọn của từng lệnh / Options of each command:
  thethuc check --help · thethuc fix --help · thethuc render --help · thethuc import --help
  thethuc rules --help · thethuc explain --help
`;

export const CHECK_HELP = `thethuc check — kiểm tra thể thức bản thảo (check drafts)

Cách dùng / Usage:
  thethuc check [tuỳ chọn] <tệp|thư mục|mẫu glob>...

Đầu vào / Inputs:
  Tệp .docx và .md; thư mục được tìm đệ quy (bỏ qua node_modules, .git và tệp khoá ~$*.docx của Word);
  mẫu glob như "van-ban/**/*.docx" (đặt trong dấu nháy).
  (.docx and .md files; directories are searched recursively; quote glob patterns.)

Tuỳ chọn / Options:
  -f, --format <tên>          Định dạng báo cáo (report format): ${FORMATS.join(' | ')}
                              mặc định (default) stylish; ${PLANNED_FORMATS.join(', ')}: phiên bản sau (later)
  -o, --output <tệp>          Ghi báo cáo vào tệp thay vì stdout (write the report to a file)
  -p, --profile <id>          Bộ quy định (profile): ${PROFILES.join(' | ')}; mặc định (default) party
      --rule <id>=<mức>       Đổi mức của một quy tắc, lặp lại được (override a rule, repeatable):
                              off | info | warning | error, ví dụ (e.g.) --rule party/date-format=warning
      --max-warnings <n>      Thoát mã 1 khi có hơn n cảnh báo (exit 1 on more than n warnings)
  -q, --quiet                 Chỉ báo lỗi, bỏ cảnh báo và lưu ý (errors only)
      --lang <vi|en>          Ngôn ngữ thông báo (message language); mặc định (default) vi
      --debug                 In ghi chú gỡ lỗi của bộ kiểm tra ra stderr (print the engine's notes)
      --no-color              Tắt màu; cũng tắt khi đặt biến NO_COLOR (disable colours; NO_COLOR too)
      --no-config             Không dùng tệp cấu hình (do not load a config file)
  -h, --help                  Hiện hướng dẫn này (show this help)

Mã thoát / Exit codes:
  0  không có lỗi, số cảnh báo trong giới hạn (no error, warnings within --max-warnings)
  1  có lỗi, hoặc quá nhiều cảnh báo (an error-severity finding, or too many warnings)
  2  dùng sai lệnh, hoặc có tệp không đọc được; các tệp khác vẫn được kiểm tra
     (bad usage, or a file that could not be read; the other files are still checked)

Ví dụ / Examples:
  thethuc check du-thao-nghi-quyet.docx
  thethuc check van-ban/ --format json --output bao-cao.json
  thethuc check "**/*.docx" --profile hd36 --rule party/date-format=warning --max-warnings 0
`;

export const FIX_HELP = `thethuc fix — tự sửa thể thức bản thảo .docx (fix .docx drafts)

Cách dùng / Usage:
  thethuc fix <bản-thảo.docx> -o <bản-đã-sửa.docx>
  thethuc fix <bản-thảo.docx> --in-place [--backup <tệp>]
  thethuc fix <tệp|thư mục|mẫu glob>... --out-dir <thư mục>
  thethuc fix <tệp|thư mục|mẫu glob>... --dry-run

  Chỉ sửa những lỗi có cách sửa an toàn (màu sắc, cỡ chữ, lề, cách ghi ngày …); nội dung văn bản không bị
  thêm bớt. Bản gốc không bao giờ bị ghi đè nếu không có --in-place; tệp được ghi trọn vẹn (tệp tạm rồi
  đổi tên), đọc lại và kiểm tra trước khi giữ.
  (Applies the safe fixes only — typography, margins, date form …; the text is never added to or cut.
  The input is never overwritten without --in-place; files are written whole — a temporary file, then a
  rename — and read back and checked before they are kept.)

Nơi ghi / Where the fixed draft goes:
  -o, --output <tệp>          Ghi bản đã sửa vào tệp này (write the fixed draft here); một bản thảo (one input)
      --out-dir <thư mục>     Ghi các bản đã sửa vào thư mục, giữ cấu trúc thư mục con
                              (write fixed drafts under a directory, keeping sub-folders)
      --in-place              Ghi đè chính bản thảo, sau khi lưu bản gốc thành <tên>.bak.docx
                              (overwrite the input, after saving the original as <name>.bak.docx)
      --backup <tệp>          Nơi lưu bản gốc khi dùng --in-place (where --in-place saves the original)
      --force                 Cho phép ghi đè tệp kết quả hoặc bản sao lưu đã có
                              (allow overwriting an existing output or backup)
  -n, --dry-run               Chỉ báo sẽ sửa gì, không ghi tệp nào (report what would change, write nothing)

Sửa gì / What to fix:
  -p, --profile <id>          Bộ quy định (profile): ${PROFILES.join(' | ')}; mặc định (default) party
      --rule <id>=<mức>       Đổi mức một quy tắc; quy tắc đặt off thì không bị sửa, lặp lại được
                              (override a rule; a rule turned off is not fixed; repeatable)
      --only <id>             Chỉ sửa theo quy tắc này, lặp lại được (fix only this rule, repeatable)
      --unsafe                Áp dụng cả cách sửa không an toàn (apply unsafe fixes too)

Báo cáo / Report:
  -f, --format <tên>          ${LIST_FORMATS.join(' | ')}; mặc định (default) stylish
      --lang <vi|en>          Ngôn ngữ thông báo (message language); mặc định (default) vi
      --no-color              Tắt màu; cũng tắt khi đặt biến NO_COLOR (disable colours; NO_COLOR too)
  -h, --help                  Hiện hướng dẫn này (show this help)

  Với mỗi tệp: các lỗi đã sửa theo quy tắc, thao tác bị bỏ qua và lý do, các phát hiện còn lại (cần sửa tay).
  (Per file: fixes applied by rule, operations skipped and why, the findings that remain — fix them by hand.)

Mã thoát / Exit codes:
  0  đã ghi bản đã sửa và không còn lỗi mức error (written, no error-severity finding remains)
  1  vẫn còn lỗi mức error cần sửa tay (error-severity findings remain)
  2  dùng sai lệnh, tệp không đọc được, không ghi được hoặc bị từ chối ghi đè
     (bad usage, an unreadable input, a write that failed or was refused)

Ví dụ / Examples:
  thethuc fix du-thao.docx -o du-thao-da-sua.docx
  thethuc fix du-thao.docx --in-place
  thethuc fix du-thao.docx --dry-run --only party/date-format
  thethuc fix van-ban/ --out-dir da-sua/ --format json
`;

export const RENDER_HELP = `thethuc render — dàn trang bản thảo Markdown thành .docx (lay out a Markdown draft as a .docx)

Cách dùng / Usage:
  thethuc render <bản-thảo.md> [-o <bản-thảo.docx>] [--force] [--profile <id>]

  Đọc phần đầu YAML (các thành phần thể thức, ghi đúng như trong văn bản) và phần nội dung Markdown, rồi
  ghi một tệp .docx trình bày theo Hướng dẫn 36-HD/VPTW: tiêu đề và phần ký, nơi nhận trong bảng hai cột
  không viền; phông Times New Roman, cỡ chữ theo Phụ lục 3; khổ A4 đứng, lề trên 20, dưới 20, trái 30,
  phải 15 mm; nội dung cỡ 14, căn đều hai lề, thụt đầu dòng 10 mm, cách đoạn 6 pt, dòng 18 pt; số trang
  từ trang 2. Chữ của bản thảo được giữ nguyên: lỗi về cách viết (ngày tháng, số ký hiệu …) vẫn còn, để
  thethuc check báo như trên bản Markdown. Phần đầu YAML sai thì không ghi gì và báo dòng, cột của lỗi.
  (Reads the YAML front matter — the components, written as the document shows them — and the Markdown
  body, and writes a .docx laid out as HD 36 prescribes: header and footer in borderless two-column
  tables, Times New Roman at the sizes of Phụ lục 3, A4 portrait with margins 20/20/30/15 mm, body 14 pt
  justified with a 10 mm first line, 6 pt between paragraphs, 18 pt lines, page numbers from page 2. The
  text is kept as written, so \`thethuc check\` reports the same wording defects as on the Markdown. An
  invalid front matter writes nothing and reports the line and column of each problem.)

Tuỳ chọn / Options:
  -o, --output <tệp.docx>     Tệp kết quả; mặc định cùng tên với bản thảo, đuôi .docx
                              (the output; default the draft's name with .docx)
      --force                 Cho phép ghi đè tệp đã có (allow overwriting an existing file)
  -p, --profile <id>          Bộ quy định (profile): ${PROFILES.join(' | ')}; mặc định theo khóa «profile»
                              của phần đầu YAML, nếu không có thì party (default: the front matter's
                              \`profile\`, else party) — quyết định nhãn «Kính gửi:» / «Kính trình:»
  -h, --help                  Hiện hướng dẫn này (show this help)

Mã thoát / Exit codes:
  0  đã ghi tệp .docx (the .docx was written)
  2  dùng sai lệnh, không đọc được bản thảo, phần đầu YAML không hợp lệ, không ghi được hoặc bị từ chối
     ghi đè (bad usage, an unreadable draft, an invalid front matter, a write that failed or was refused)

Ví dụ / Examples:
  thethuc render du-thao.md
  thethuc render du-thao.md -o ban-in/du-thao.docx --force
  thethuc render du-thao.md && thethuc check du-thao.docx
`;

export const IMPORT_HELP = `thethuc import — chuyển bản thảo .docx thành Markdown (convert a .docx draft to Markdown)

Cách dùng / Usage:
  thethuc import <bản-thảo.docx> [-o <bản-thảo.md>] [--force] [--profile <id>]

  Các thành phần quanh nội dung (tên cơ quan, số, ngày, tên loại, trích yếu, Kính gửi, chữ ký, nơi nhận …)
  được nhận diện như khi kiểm tra và ghi vào phần đầu YAML, đúng nguyên văn trong văn bản — kể cả chỗ
  sai, để thethuc check trên bản Markdown báo cùng các lỗi cách viết như trên bản .docx. Phần nội dung
  (đề mục, đoạn văn, danh sách, chữ đậm, nghiêng) được chuyển bằng mammoth; đoạn in đậm cả đoạn, ngắn,
  không kết thúc bằng dấu câu được coi là đề mục (##). Định dạng (phông, cỡ chữ, lề) không được giữ:
  thethuc render trình bày lại theo thể thức.
  (The components around the text are recognised as \`check\` recognises them and written to the YAML
  front matter literally, defects included, so \`thethuc check\` on the Markdown reports the same
  wording defects as on the .docx. The body — headings, paragraphs, lists, bold, italic — is converted
  by mammoth; a short paragraph wholly in bold that does not end in punctuation becomes a heading (##).
  Formatting is not kept: \`thethuc render\` lays the draft out again.)

Tuỳ chọn / Options:
  -o, --output <tệp.md>       Tệp kết quả; mặc định cùng tên với bản thảo, đuôi .md
                              (the output; default the draft's name with .md)
      --force                 Cho phép ghi đè tệp đã có (allow overwriting an existing file)
  -p, --profile <id>          Bộ quy định dùng để nhận diện (profile used for recognition):
                              ${PROFILES.join(' | ')}; mặc định (default) party
  -h, --help                  Hiện hướng dẫn này (show this help)

Mã thoát / Exit codes:
  0  đã ghi tệp .md (the .md was written); thành phần không nhận ra được báo trên stderr
     (components that could not be recognised are reported on stderr)
  2  dùng sai lệnh, không đọc được bản thảo, không ghi được hoặc bị từ chối ghi đè
     (bad usage, an unreadable draft, a write that failed or was refused)

Ví dụ / Examples:
  thethuc import mau-nghi-quyet.docx -o mau/nghi-quyet-nam.md
  thethuc import du-thao.docx && thethuc render du-thao.md -o du-thao-moi.docx
`;

export const RULES_HELP = `thethuc rules — liệt kê các quy tắc (list the rules)

Cách dùng / Usage:
  thethuc rules [--format stylish|json] [--lang vi|en]

Tuỳ chọn / Options:
  -f, --format <tên>          ${LIST_FORMATS.join(' | ')}; mặc định (default) stylish
                              stylish: bảng theo nhóm (a table grouped by namespace);
                              json: { version: 1, rules: [...] } — schemas/rules.schema.json
      --lang <vi|en>          Ngôn ngữ của tên quy tắc (language of the titles); mặc định (default) vi
      --no-color              Tắt màu (disable colours)
  -h, --help                  Hiện hướng dẫn này (show this help)

Ví dụ / Examples:
  thethuc rules
  thethuc rules --format json --lang en
  thethuc explain party/date-format
`;

export const EXPLAIN_HELP = `thethuc explain — giải thích một quy tắc (explain a rule)

Cách dùng / Usage:
  thethuc explain <mã-quy-tắc>...

  In tên, mức, khả năng tự sửa, thành phần, căn cứ, mô tả (tiếng Việt rồi tiếng Anh) và trang tài liệu của
  quy tắc, với ví dụ đúng và sai. Danh sách mã quy tắc: thethuc rules.
  (Prints the rule's title, severity, fixability, component, source, description — Vietnamese, then
  English — and its documentation page with right and wrong examples. Rule ids: thethuc rules.)

Mã thoát / Exit codes:
  0  đã in (printed)
  2  không có quy tắc đó (unknown rule id; a close match is suggested)

Ví dụ / Examples:
  thethuc explain party/date-format
`;

export function helpText(topic: HelpTopic): string {
  switch (topic) {
    case 'check':
      return CHECK_HELP;
    case 'fix':
      return FIX_HELP;
    case 'render':
      return RENDER_HELP;
    case 'import':
      return IMPORT_HELP;
    case 'rules':
      return RULES_HELP;
    case 'explain':
      return EXPLAIN_HELP;
    case 'main':
      return MAIN_HELP;
  }
}
