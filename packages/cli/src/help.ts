import { FORMATS, PLANNED_FORMATS, PROFILES } from './args.js';
import { VERSION } from './version.js';

export const MAIN_HELP = `thethuc ${VERSION} — kiểm tra thể thức văn bản của Đảng theo Hướng dẫn 36-HD/VPTW
(checks the format of Communist Party of Vietnam documents)

Cách dùng / Usage:
  thethuc check [tuỳ chọn] <tệp|thư mục|mẫu glob>...
  thethuc --help | --version

Lệnh / Commands:
  check            Kiểm tra bản thảo .docx và .md (check .docx and .md drafts)
  help [lệnh]      Hiện hướng dẫn (show help)

Tuỳ chọn chung / Global options:
  -h, --help       Hiện hướng dẫn này (show this help)
  -v, --version    Hiện phiên bản (show the version)

Xem tuỳ chọn của lệnh kiểm tra / Options of the check command:
  thethuc check --help
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
