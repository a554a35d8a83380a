<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Find a value in the changes, as it was typed (for example a name)</source>
        <translation>Tìm một giá trị trong các thay đổi, đúng như đã gõ (ví dụ một họ tên)</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Mọi bảng</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Mọi thao tác</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>Mọi người dùng</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa lọc</translation>
    </message>
    <message>
        <source>Show the whole audit trail again</source>
        <translation>Hiện lại toàn bộ nhật ký</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>The program writes this trail itself with every change; it cannot be edited. Personal ID numbers are shown masked.</source>
        <translation>Chương trình tự ghi nhật ký này với mỗi thay đổi; không thể sửa nhật ký. Số CCCD được che bớt.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>mọi ngày</translation>
    </message>
    <message>
        <source>The newest {shown} of {matching} changes; narrow the filters</source>
        <translation>{shown} thay đổi mới nhất trong {matching}; hãy lọc hẹp hơn</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>No change matches the filters</source>
        <translation>Không có thay đổi nào khớp bộ lọc</translation>
    </message>
    <message>
        <source>Choose a change to see its values.</source>
        <translation>Chọn một thay đổi để xem các giá trị.</translation>
    </message>
    <message>
        <source>{action} {table} record {record} by {user} on {at}</source>
        <translation>{action} bản ghi {record} của bảng {table}, do {user} lúc {at}</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>người dùng không rõ</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <source>exceeded</source>
        <translation>vượt</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>đúng tiến độ</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>chậm tiến độ</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>chưa báo cáo</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người/tập thể được khen</translation>
    </message>
    <message>
        <source>Position and unit</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Số vào sổ</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Tiền thưởng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>còn hiệu lực</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% kế hoạch</translation>
    </message>
    <message>
        <source>% of same period</source>
        <translation>% cùng kỳ</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>đã đính chính</translation>
    </message>
    <message>
        <source>Revoke...</source>
        <translation>Thu hồi...</translation>
    </message>
    <message>
        <source>Targets as they stood on {day}, when the award was decided:</source>
        <translation>Các chỉ tiêu tại ngày {day}, khi quyết định khen thưởng:</translation>
    </message>
    <message>
        <source>No targets were recorded for this unit.</source>
        <translation>Đơn vị này chưa có chỉ tiêu nào.</translation>
    </message>
    <message>
        <source>Revoke the award</source>
        <translation>Thu hồi khen thưởng</translation>
    </message>
    <message>
        <source>Reason (kept with the award)</source>
        <translation>Lý do (lưu cùng khen thưởng)</translation>
    </message>
</context>
<context>
    <name>AwardTimelineTable</name>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Unit at the time</source>
        <translation>Đơn vị lúc khen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>BackupsFolderRow</name>
    <message>
        <source>Choose...</source>
        <translation>Chọn...</translation>
    </message>
    <message>
        <source>Keep the backups on another drive, a USB stick or a shared folder</source>
        <translation>Lưu bản sao lưu ở ổ đĩa khác, USB hoặc thư mục dùng chung</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>Cạnh cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>Thư mục lưu bản sao lưu</translation>
    </message>
    <message>
        <source>Backups folder not changed</source>
        <translation>Chưa đổi được thư mục sao lưu</translation>
    </message>
</context>
<context>
    <name>CalibrationProfileBox</name>
    <message>
        <source>Calibration of a printer and stock</source>
        <translation>Căn chỉnh máy in và phôi</translation>
    </message>
    <message>
        <source>Calibration sheet (PDF)...</source>
        <translation>Trang căn chỉnh (PDF)...</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Lưu hồ sơ</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Tên hồ sơ</translation>
    </message>
    <message>
        <source>Shift right</source>
        <translation>Dịch sang phải</translation>
    </message>
    <message>
        <source>Shift down</source>
        <translation>Dịch xuống</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy khen</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Certificates — {title}</source>
        <translation>Giấy khen — {title}</translation>
    </message>
    <message>
        <source> (printed {n}x)</source>
        <translation> (đã in {n} lần)</translation>
    </message>
    <message>
        <source>Full, on plain paper</source>
        <translation>In đầy đủ, trên giấy trắng</translation>
    </message>
    <message>
        <source>Variable text only, on pre-printed stock</source>
        <translation>Chỉ in phần nội dung, trên phôi in sẵn</translation>
    </message>
    <message>
        <source>needed when a certificate is printed again</source>
        <translation>cần khi in lại một Giấy khen</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Cách in</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <source>Printer profile</source>
        <translation>Hồ sơ máy in</translation>
    </message>
    <message>
        <source>Reason for a reissue</source>
        <translation>Lý do cấp lại</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>In...</translation>
    </message>
    <message>
        <source>Save as one PDF...</source>
        <translation>Lưu thành một tệp PDF...</translation>
    </message>
    <message>
        <source>Save as PDFs in a ZIP...</source>
        <translation>Lưu thành các tệp PDF trong tệp ZIP...</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy khen</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>cannot write {path}</source>
        <translation>không ghi được {path}</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>Save a copy with the errors marked...</source>
        <translation>Lưu bản sao có đánh dấu lỗi...</translation>
    </message>
    <message>
        <source>{rows} row(s) read; {errors} with errors.</source>
        <translation>Đã đọc {rows} dòng; {errors} dòng có lỗi.</translation>
    </message>
    <message>
        <source>Awards to create: {n}</source>
        <translation>Khen thưởng sẽ tạo: {n}</translation>
    </message>
    <message>
        <source>People: {new} new, {matched} already recorded</source>
        <translation>Cá nhân: {new} mới, {matched} đã có</translation>
    </message>
    <message>
        <source>Units: {new} new, {matched} already recorded</source>
        <translation>Đơn vị: {new} mới, {matched} đã có</translation>
    </message>
    <message>
        <source>Decisions: {new} new, {matched} already recorded</source>
        <translation>Quyết định: {new} mới, {matched} đã có</translation>
    </message>
    <message>
        <source>{n} row(s) passed over as titles or notes</source>
        <translation>Bỏ qua {n} dòng tiêu đề hoặc ghi chú</translation>
    </message>
    <message>
        <source>Nothing can be imported until every row is right: mend the list (or the column choices) and check again.</source>
        <translation>Chưa nhập được gì cho đến khi mọi dòng đều đúng: hãy sửa danh sách (hoặc cách đọc các cột) rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; is hidden: left out</source>
        <translation>Trang tính &apos;{sheet}&apos; đang ẩn: đã bỏ qua</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; is hidden: read</source>
        <translation>Trang tính &apos;{sheet}&apos; đang ẩn: vẫn đọc</translation>
    </message>
    <message>
        <source>&apos;{sheet}&apos; row {row}</source>
        <translation>&apos;{sheet}&apos; dòng {row}</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> và {n} dòng khác</translation>
    </message>
    <message>
        <source>Hidden rows left out: {where}</source>
        <translation>Dòng ẩn đã bỏ qua: {where}</translation>
    </message>
    <message>
        <source>Hidden rows read: {where}</source>
        <translation>Dòng ẩn vẫn đọc: {where}</translation>
    </message>
</context>
<context>
    <name>ChoosePersonDialog</name>
    <message>
        <source>Merge with another record</source>
        <translation>Gộp với một bản ghi khác</translation>
    </message>
    <message>
        <source>Choose the duplicate record</source>
        <translation>Chọn bản ghi trùng</translation>
    </message>
    <message>
        <source>The record you chose is folded into the one open now: all its awards move here, and it goes to the trash.</source>
        <translation>Bản ghi được chọn sẽ gộp vào bản ghi đang mở: mọi khen thưởng của nó chuyển sang đây, còn nó vào thùng rác.</translation>
    </message>
</context>
<context>
    <name>ColumnsStep</name>
    <message>
        <source>Row number (ignored)</source>
        <translation>Số thứ tự (bỏ qua)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Birth year or date</source>
        <translation>Năm hoặc ngày sinh</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Position and unit</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Year of the achievement</source>
        <translation>Năm thành tích</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Phong trào</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header in the list</source>
        <translation>Tiêu đề trong danh sách</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Đọc là</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>{name} (no list found)</source>
        <translation>{name} (không thấy danh sách)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>No header row was found in the first 20 rows of this sheet; it is not imported.</source>
        <translation>Không tìm thấy dòng tiêu đề trong 20 dòng đầu của trang tính này; trang này không được nhập.</translation>
    </message>
    <message>
        <source>Header row: {row}</source>
        <translation>Dòng tiêu đề: {row}</translation>
    </message>
</context>
<context>
    <name>DecidedPart</name>
    <message>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Write the decision pack (.docx and PDF)...</source>
        <translation>Xuất bộ hồ sơ quyết định (.docx và PDF)...</translation>
    </message>
    <message>
        <source>Certificates...</source>
        <translation>Giấy khen...</translation>
    </message>
    <message>
        <source>Choose a decision first.</source>
        <translation>Hãy chọn một quyết định trước.</translation>
    </message>
    <message>
        <source>Folder for the decision pack</source>
        <translation>Thư mục lưu bộ hồ sơ quyết định</translation>
    </message>
    <message>
        <source>Written: {files}</source>
        <translation>Đã lưu: {files}</translation>
    </message>
    <message>
        <source>This decision has no award in force to print.</source>
        <translation>Quyết định này không có khen thưởng còn hiệu lực để in.</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>Decisions &amp; awards</source>
        <translation>Quyết định và khen thưởng</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ khen thưởng</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Đề nghị</translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <source>Choose...</source>
        <translation>Chọn...</translation>
    </message>
    <message>
        <source>Spreadsheet (.xlsx, .xls, .ods)</source>
        <translation>Bảng tính (.xlsx, .xls, .ods)</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>A unit&apos;s proposal (to review)</source>
        <translation>Đề nghị của một đơn vị (để xét duyệt)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>The list holds</source>
        <translation>Danh sách gồm</translation>
    </message>
    <message>
        <source>When the list has no decision or award column, give them here for every row:</source>
        <translation>Khi danh sách không có cột quyết định hoặc hình thức khen thưởng, hãy ghi ở đây cho mọi dòng:</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>(from the list)</source>
        <translation>(theo danh sách)</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Award form</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Leave out hidden sheets and hidden rows</source>
        <translation>Bỏ qua các trang tính ẩn và dòng ẩn</translation>
    </message>
    <message>
        <source>Otherwise they are read like the others; either way the check names them.</source>
        <translation>Nếu không chọn, chúng được đọc như các trang, dòng khác; dù thế nào bước kiểm tra cũng nêu tên chúng.</translation>
    </message>
    <message>
        <source>Choose a list</source>
        <translation>Chọn danh sách</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Bảng tính ({patterns})</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>Where to begin</source>
        <translation>Bắt đầu từ đâu</translation>
    </message>
    <message>
        <source>This page follows the emulation movements: every unit against every target, with charts. There is no movement yet. To begin:</source>
        <translation>Trang này theo dõi các phong trào thi đua: từng đơn vị so với từng chỉ tiêu, kèm biểu đồ. Chưa có phong trào nào. Để bắt đầu:</translation>
    </message>
    <message>
        <source>New movement...</source>
        <translation>Phong trào mới...</translation>
    </message>
    <message>
        <source>Import a list from Excel...</source>
        <translation>Nhập danh sách từ Excel...</translation>
    </message>
    <message>
        <source>Load the demo data</source>
        <translation>Nạp dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Or try the program first with the demo data: a district&apos;s wards and offices with six years of movements, decisions and awards. It can go only into an empty database.</source>
        <translation>Hoặc dùng thử chương trình với dữ liệu mẫu: các phường và phòng ban của một quận với sáu năm phong trào, quyết định và khen thưởng. Chỉ nạp được vào cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>Create an emulation movement, then give it its targets and report their progress on the Movements page.</source>
        <translation>Tạo một phong trào thi đua, rồi giao chỉ tiêu và báo cáo tiến độ của chúng ở trang Phong trào.</translation>
    </message>
    <message>
        <source>Bring in the lists the office already keeps in Excel: awards, people, units, or a unit&apos;s proposal to review.</source>
        <translation>Đưa vào các danh sách cơ quan đang lưu bằng Excel: khen thưởng, cá nhân, đơn vị, hoặc đề nghị của một đơn vị để xét duyệt.</translation>
    </message>
</context>
<context>
    <name>HonourRollPage</name>
    <message>
        <source>Honour roll</source>
        <translation>Tra cứu khen thưởng</translation>
    </message>
    <message>
        <source>Search names, units, achievements and decision numbers, with or without diacritics</source>
        <translation>Tìm họ tên, đơn vị, thành tích và số quyết định, có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>All awards</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>A unit&apos;s awards include those of units merged into it</source>
        <translation>Khen thưởng của một đơn vị gồm cả của các đơn vị đã sáp nhập vào nó</translation>
    </message>
    <message>
        <source>All movements</source>
        <translation>Mọi phong trào</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Mọi đối tượng</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Đã khen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Khớp nhất trước</translation>
    </message>
    <message>
        <source>Order by how well each award matches</source>
        <translation>Xếp theo mức độ khớp</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa lọc</translation>
    </message>
    <message>
        <source>Empty the search box and every filter</source>
        <translation>Xóa ô tìm kiếm và mọi bộ lọc</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>Không tìm được: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s)</source>
        <translation>
            <numerusform>%Ln khen thưởng</numerusform>
        </translation>
    </message>
    <message>
        <source>0 awards: none matches the search and the filters</source>
        <translation>0 khen thưởng: không có khen thưởng nào khớp tìm kiếm và bộ lọc</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a list from Excel</source>
        <translation>Nhập danh sách từ Excel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Save the list with its errors</source>
        <translation>Lưu danh sách kèm các lỗi</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} row(s) with errors marked in {path}</source>
        <translation>Đã đánh dấu {count} dòng lỗi trong {path}</translation>
    </message>
    <message>
        <source>Choose the spreadsheet to import first.</source>
        <translation>Hãy chọn bảng tính cần nhập trước.</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>Đang đọc {name}...</translation>
    </message>
    <message>
        <source>Check how each column is read, then go on.</source>
        <translation>Kiểm tra cách đọc từng cột, rồi tiếp tục.</translation>
    </message>
    <message>
        <source>Checking every row...</source>
        <translation>Đang kiểm tra từng dòng...</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Đang nhập...</translation>
    </message>
</context>
<context>
    <name>LineForm</name>
    <message>
        <source>full name of a recorded person, or a unit</source>
        <translation>họ tên một người đã có trong sổ, hoặc một đơn vị</translation>
    </message>
    <message>
        <source>completed excellently</source>
        <translation>hoàn thành xuất sắc</translation>
    </message>
    <message>
        <source>completed well</source>
        <translation>hoàn thành tốt</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>hoàn thành</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>không hoàn thành</translation>
    </message>
    <message>
        <source>no initiative</source>
        <translation>không có sáng kiến</translation>
    </message>
    <message>
        <source>recognised initiative</source>
        <translation>có sáng kiến được công nhận</translation>
    </message>
    <message>
        <source>Add to the proposal</source>
        <translation>Thêm vào đề nghị</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người/tập thể được khen</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Thành tích</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kien An Awards - {file}</source>
        <translation>Khen thưởng Kiến An - {file}</translation>
    </message>
</context>
<context>
    <name>MergeUnitsDialog</name>
    <message>
        <source>Merge units</source>
        <translation>Sáp nhập đơn vị</translation>
    </message>
    <message>
        <source>a new unit named</source>
        <translation>một đơn vị mới có tên</translation>
    </message>
    <message>
        <source>an existing unit</source>
        <translation>một đơn vị đã có</translation>
    </message>
    <message>
        <source>From (first day of the new unit)</source>
        <translation>Từ ngày (ngày đầu của đơn vị mới)</translation>
    </message>
    <message>
        <source>The merged units close the day before, linked to their successor; their people and the units under them move to it. Their past awards keep the names they were given under and are found under the successor too.</source>
        <translation>Các đơn vị được sáp nhập kết thúc vào ngày hôm trước và gắn với đơn vị kế thừa; cán bộ và các đơn vị trực thuộc chuyển sang đơn vị đó. Khen thưởng trước đây giữ nguyên tên đơn vị khi được khen và cũng tìm thấy dưới đơn vị kế thừa.</translation>
    </message>
    <message>
        <source>Units to merge</source>
        <translation>Các đơn vị sáp nhập</translation>
    </message>
    <message>
        <source>They become</source>
        <translation>Trở thành</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>&apos;{value}&apos; không phải là ngày</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (write it as dd/mm/yyyy)</source>
        <translation>&apos;{value}&apos; không phải là ngày (ghi theo dạng dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a gender (Nam or Nữ)</source>
        <translation>&apos;{value}&apos; không phải là giới tính (Nam hoặc Nữ)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a kind (Cá nhân, Tập thể or Hộ gia đình)</source>
        <translation>&apos;{value}&apos; không phải là đối tượng (Cá nhân, Tập thể hoặc Hộ gia đình)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; không phải là số</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a year</source>
        <translation>&apos;{value}&apos; không phải là năm</translation>
    </message>
    <message>
        <source>a birth year must lie between {first} and {last}</source>
        <translation>năm sinh phải trong khoảng {first} đến {last}</translation>
    </message>
    <message>
        <source>a database cannot be restored from itself</source>
        <translation>không thể khôi phục cơ sở dữ liệu từ chính nó</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>cần ghi một số</translation>
    </message>
    <message>
        <source>a person cannot be merged with themselves</source>
        <translation>không thể gộp một người với chính họ</translation>
    </message>
    <message>
        <source>a person in the trash cannot be merged; restore them first</source>
        <translation>không thể gộp người đang ở thùng rác; hãy khôi phục trước</translation>
    </message>
    <message>
        <source>a personal ID has exactly 12 digits</source>
        <translation>số CCCD gồm đúng 12 chữ số</translation>
    </message>
    <message>
        <source>a unit cannot sit under itself or one of its own units</source>
        <translation>một đơn vị không thể trực thuộc chính nó hoặc đơn vị cấp dưới của nó</translation>
    </message>
    <message>
        <source>a {act} needs its reason</source>
        <translation>cần ghi lý do ({act})</translation>
    </message>
    <message>
        <source>actual value: {problem}</source>
        <translation>số thực hiện: {problem}</translation>
    </message>
    <message>
        <source>already holds this form for the same year</source>
        <translation>đã được khen hình thức này cho cùng năm</translation>
    </message>
    <message>
        <source>another window or program has the database open; close it and move again</source>
        <translation>một cửa sổ hoặc chương trình khác đang mở cơ sở dữ liệu; hãy đóng nó rồi chuyển lại</translation>
    </message>
    <message>
        <source>award form missing (add the column or give --form)</source>
        <translation>thiếu hình thức khen thưởng (thêm cột hoặc ghi hình thức cho mọi dòng)</translation>
    </message>
    <message>
        <source>birth date {day} is in the future</source>
        <translation>ngày sinh {day} ở tương lai</translation>
    </message>
    <message>
        <source>box &apos;{box}&apos; lies outside the {width} x {height} mm page</source>
        <translation>ô &apos;{box}&apos; nằm ngoài trang {width} x {height} mm</translation>
    </message>
    <message>
        <source>box &apos;{box}&apos;: align is left, center or right</source>
        <translation>ô &apos;{box}&apos;: căn lề trái, giữa hoặc phải</translation>
    </message>
    <message>
        <source>box &apos;{box}&apos;: the minimum size is above the size</source>
        <translation>ô &apos;{box}&apos;: cỡ chữ nhỏ nhất lớn hơn cỡ chữ</translation>
    </message>
    <message>
        <source>box &apos;{box}&apos;: width, height and size must be positive</source>
        <translation>ô &apos;{box}&apos;: chiều rộng, chiều cao và cỡ chữ phải lớn hơn 0</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}</source>
        <translation>không tạo được {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot lay out {path}</source>
        <translation>không dàn trang được {path}</translation>
    </message>
    <message>
        <source>cannot read where the database was moved ({file}): {error}</source>
        <translation>không đọc được nơi cơ sở dữ liệu đã được chuyển tới ({file}): {error}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;</source>
        <translation>không hoàn tác được &apos;{label}&apos;</translation>
    </message>
    <message>
        <source>cannot undo &apos;{label}&apos;: the new record is in use ({error})</source>
        <translation>không hoàn tác được &apos;{label}&apos;: bản ghi mới đang được dùng ({error})</translation>
    </message>
    <message>
        <source>cannot use {folder} for backups: {reason}</source>
        <translation>không dùng được {folder} để sao lưu: {reason}</translation>
    </message>
    <message>
        <source>cannot use {path}: {reason}</source>
        <translation>không dùng được {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write a backup in {folder}: {strerror}</source>
        <translation>không ghi được bản sao lưu vào {folder}: {strerror}</translation>
    </message>
    <message>
        <source>cannot write backups to {folder}: choose another folder</source>
        <translation>không ghi được bản sao lưu vào {folder}: hãy chọn thư mục khác</translation>
    </message>
    <message>
        <source>cannot write to {destination}</source>
        <translation>không ghi được vào {destination}</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>không ghi được {path}</translation>
    </message>
    <message>
        <source>cannot write {path}: choose a file in an existing folder</source>
        <translation>không ghi được {path}: hãy chọn một tệp trong thư mục đã có</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>không ghi được {path}: đây là một thư mục</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder does not exist</source>
        <translation>không ghi được {path}: thư mục không tồn tại</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {parent} does not exist</source>
        <translation>không ghi được {path}: thư mục {parent} không tồn tại</translation>
    </message>
    <message>
        <source>cannot write {path}: {detail}</source>
        <translation>không ghi được {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>không ghi được {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}; if it is open in another program, close it and try again</source>
        <translation>không ghi được {path}: {reason}; nếu tệp đang mở trong chương trình khác, hãy đóng lại rồi thử lại</translation>
    </message>
    <message>
        <source>choose at most {count} years at a time</source>
        <translation>mỗi lần chọn tối đa {count} năm</translation>
    </message>
    <message>
        <source>choose the kind of unit</source>
        <translation>hãy chọn loại đơn vị</translation>
    </message>
    <message>
        <source>choose the units to merge</source>
        <translation>hãy chọn các đơn vị sáp nhập</translation>
    </message>
    <message>
        <source>date {value} lies outside {earliest} - {latest}</source>
        <translation>ngày {value} nằm ngoài khoảng {earliest} - {latest}</translation>
    </message>
    <message>
        <source>date: when was this figure reported?</source>
        <translation>ngày: số liệu này báo cáo vào ngày nào?</translation>
    </message>
    <message>
        <source>decision date missing (add the column or give --date)</source>
        <translation>thiếu ngày quyết định (thêm cột hoặc ghi ngày cho mọi dòng)</translation>
    </message>
    <message>
        <source>decision number missing (add the column or give --decision)</source>
        <translation>thiếu số quyết định (thêm cột hoặc ghi số cho mọi dòng)</translation>
    </message>
    <message>
        <source>decision {number} has no award to print</source>
        <translation>quyết định {number} không có khen thưởng nào để in</translation>
    </message>
    <message>
        <source>decision {number} has no issuing authority on record</source>
        <translation>quyết định {number} chưa có cơ quan ban hành trong sổ</translation>
    </message>
    <message>
        <source>decision {number} of {day} already exists</source>
        <translation>quyết định {number} ngày {day} đã có</translation>
    </message>
    <message>
        <source>decision {number} was issued on several dates ({dates}): give its date</source>
        <translation>quyết định {number} được ban hành vào nhiều ngày ({dates}): hãy ghi ngày</translation>
    </message>
    <message>
        <source>did not complete the year&apos;s tasks</source>
        <translation>không hoàn thành nhiệm vụ năm</translation>
    </message>
    <message>
        <source>fewer than {parameter}% of its members are Advanced Workers this year</source>
        <translation>có dưới {parameter}% thành viên đạt Lao động tiên tiến năm nay</translation>
    </message>
    <message>
        <source>form: choose an award form</source>
        <translation>hình thức: hãy chọn một hình thức khen thưởng</translation>
    </message>
    <message>
        <source>give the reason for returning or rejecting the line</source>
        <translation>hãy ghi lý do trả lại hoặc không chấp nhận</translation>
    </message>
    <message>
        <source>has no Advanced Worker title for the same year</source>
        <translation>chưa đạt Lao động tiên tiến cùng năm</translation>
    </message>
    <message>
        <source>holds an invisible control character ({code}) at position {position}</source>
        <translation>có ký tự điều khiển ẩn ({code}) ở vị trí {position}</translation>
    </message>
    <message>
        <source>impossible date {value}</source>
        <translation>ngày không có thật {value}</translation>
    </message>
    <message>
        <source>impossible year {value}</source>
        <translation>năm không hợp lệ {value}</translation>
    </message>
    <message>
        <source>indicator: the target needs an indicator</source>
        <translation>chỉ tiêu: cần ghi tên chỉ tiêu</translation>
    </message>
    <message>
        <source>is under discipline, inspection or complaint</source>
        <translation>đang bị kỷ luật, thanh tra hoặc khiếu nại</translation>
    </message>
    <message>
        <source>kind: regular or campaign</source>
        <translation>loại: thường xuyên hoặc theo đợt</translation>
    </message>
    <message>
        <source>name missing</source>
        <translation>thiếu tên</translation>
    </message>
    <message>
        <source>name the profile (printer and stock)</source>
        <translation>hãy đặt tên hồ sơ (máy in và phôi)</translation>
    </message>
    <message>
        <source>name the unit they merge into</source>
        <translation>hãy ghi tên đơn vị sau sáp nhập</translation>
    </message>
    <message>
        <source>name: the movement needs a name</source>
        <translation>tên: phong trào cần có tên</translation>
    </message>
    <message>
        <source>neither completed tasks excellently nor has an initiative</source>
        <translation>không hoàn thành xuất sắc nhiệm vụ và không có sáng kiến</translation>
    </message>
    <message>
        <source>no accepted line in this proposal: nothing to decide</source>
        <translation>đề nghị này chưa có dòng nào được chấp nhận: chưa có gì để quyết định</translation>
    </message>
    <message>
        <source>no award was made for the achievements of {year}</source>
        <translation>không có khen thưởng nào cho thành tích năm {year}</translation>
    </message>
    <message>
        <source>no calibration profile named &apos;{name}&apos;</source>
        <translation>không có hồ sơ căn chỉnh tên &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>no certificate template for {form_code} to a {recipient_kind}</source>
        <translation>không có mẫu Giấy khen cho {form_code} dành cho {recipient_kind}</translation>
    </message>
    <message>
        <source>no emulation movement has targets for {year}</source>
        <translation>không có phong trào thi đua nào có chỉ tiêu năm {year}</translation>
    </message>
    <message>
        <source>no person or unit is recorded as &apos;{name}&apos;</source>
        <translation>chưa có cá nhân hay đơn vị nào tên &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>no printer named &apos;{name}&apos; (available: {names})</source>
        <translation>không có máy in tên &apos;{name}&apos; (hiện có: {names})</translation>
    </message>
    <message>
        <source>no {kind} is named {name}</source>
        <translation>không có {kind} nào tên {name}</translation>
    </message>
    <message>
        <source>number: the decision needs a number, e.g. 15/QĐ-UBND</source>
        <translation>số: quyết định cần có số, ví dụ 15/QĐ-UBND</translation>
    </message>
    <message>
        <source>offsets lie within ±50 mm and the scale between 0.8 and 1.2</source>
        <translation>độ dịch trong khoảng ±50 mm và tỷ lệ từ 0,8 đến 1,2</translation>
    </message>
    <message>
        <source>only the default database can be moved; this one was opened with --db</source>
        <translation>chỉ chuyển được cơ sở dữ liệu mặc định; tệp này được mở bằng --db</translation>
    </message>
    <message>
        <source>period: the movement ends before it starts</source>
        <translation>thời gian: phong trào kết thúc trước khi bắt đầu</translation>
    </message>
    <message>
        <source>personal ID &apos;{value}&apos; does not have 12 digits</source>
        <translation>số CCCD &apos;{value}&apos; không đủ 12 chữ số</translation>
    </message>
    <message>
        <source>personal ID {number} is already {name}&apos;s</source>
        <translation>số CCCD {number} đã là của {name}</translation>
    </message>
    <message>
        <source>personal ID {personal_id} belongs to someone of another name</source>
        <translation>số CCCD {personal_id} thuộc về một người có tên khác</translation>
    </message>
    <message>
        <source>plan &apos;{text}&apos;: {problem}</source>
        <translation>kế hoạch &apos;{text}&apos;: {problem}</translation>
    </message>
    <message>
        <source>plan: give at least one plan, e.g. &apos;≥ 754.505&apos;, &apos;6,6-6,8&apos;, &apos;dưới 3&apos;</source>
        <translation>kế hoạch: ghi ít nhất một mức, ví dụ &apos;≥ 754.505&apos;, &apos;6,6-6,8&apos;, &apos;dưới 3&apos;</translation>
    </message>
    <message>
        <source>proposal line {line_id} does not exist</source>
        <translation>dòng đề nghị {line_id} không tồn tại</translation>
    </message>
    <message>
        <source>recipient: choose a person or a unit</source>
        <translation>đối tượng: hãy chọn một cá nhân hoặc một đơn vị</translation>
    </message>
    <message>
        <source>recruited less than {parameter} months before the review</source>
        <translation>được tuyển dụng chưa đủ {parameter} tháng trước khi xét</translation>
    </message>
    <message>
        <source>same period: {problem}</source>
        <translation>cùng kỳ: {problem}</translation>
    </message>
    <message>
        <source>schema: column {column} of table {table} differs from schema version {version}</source>
        <translation>cấu trúc: cột {column} của bảng {table} khác với cấu trúc phiên bản {version}</translation>
    </message>
    <message>
        <source>schema: column {column} of table {table} is missing</source>
        <translation>cấu trúc: thiếu cột {column} của bảng {table}</translation>
    </message>
    <message>
        <source>schema: table {table} has a column {column} that schema version {version} does not have</source>
        <translation>cấu trúc: bảng {table} có cột {column} mà cấu trúc phiên bản {version} không có</translation>
    </message>
    <message>
        <source>schema: the steps taken ({steps}) are not those of any version of this program</source>
        <translation>cấu trúc: các bước đã áp dụng ({steps}) không khớp với phiên bản nào của chương trình</translation>
    </message>
    <message>
        <source>schema: {kind} {name} differs from schema version {version}</source>
        <translation>cấu trúc: {kind} {name} khác với cấu trúc phiên bản {version}</translation>
    </message>
    <message>
        <source>schema: {kind} {name} is missing</source>
        <translation>cấu trúc: thiếu {kind} {name}</translation>
    </message>
    <message>
        <source>schema: {kind} {name} is not part of schema version {version}</source>
        <translation>cấu trúc: {kind} {name} không thuộc cấu trúc phiên bản {version}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has two columns that mean the same in its header row {row}: {first} (&apos;{header}&apos;) and {second} (&apos;{other}&apos;); delete or rename one</source>
        <translation>trang tính &apos;{sheet}&apos; có hai cột cùng nghĩa ở dòng tiêu đề {row}: {first} (&apos;{header}&apos;) và {second} (&apos;{other}&apos;); hãy xóa hoặc đổi tên một cột</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; of {name} has values from {first} to {last}, {cells} cells; a list this program reads fills at most {limit}: delete what lies below or to the right of the list and save it again</source>
        <translation>trang tính &apos;{sheet}&apos; của {name} có dữ liệu từ {first} đến {last}, {cells} ô; danh sách chương trình đọc được có nhiều nhất {limit} ô: hãy xóa phần nằm dưới hoặc bên phải danh sách rồi lưu lại</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; of {name} reaches column {column} (a value at {cell}); a list this program reads has at most {limit} columns: delete what lies to the right of the list and save it again</source>
        <translation>trang tính &apos;{sheet}&apos; của {name} kéo tới cột {column} (có giá trị ở {cell}); danh sách chương trình đọc được có nhiều nhất {limit} cột: hãy xóa phần nằm bên phải danh sách rồi lưu lại</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; of {name} reaches column {column}; a list this program reads has at most {limit} columns: delete what lies to the right of the list and save it again</source>
        <translation>trang tính &apos;{sheet}&apos; của {name} kéo tới cột {column}; danh sách chương trình đọc được có nhiều nhất {limit} cột: hãy xóa phần nằm bên phải danh sách rồi lưu lại</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; of {name} reaches row {row}; a sheet has at most {limit} rows</source>
        <translation>trang tính &apos;{sheet}&apos; của {name} kéo tới dòng {row}; một trang tính có nhiều nhất {limit} dòng</translation>
    </message>
    <message>
        <source>the QR code lies outside the page</source>
        <translation>mã QR nằm ngoài trang</translation>
    </message>
    <message>
        <source>the backup written to {target} failed its check: {problem}</source>
        <translation>bản sao lưu ghi vào {target} không qua được kiểm tra: {problem}</translation>
    </message>
    <message>
        <source>the birth date and the birth year disagree</source>
        <translation>ngày sinh và năm sinh không khớp nhau</translation>
    </message>
    <message>
        <source>the copy written to {path} failed its check: {problem}</source>
        <translation>bản sao ghi vào {path} không qua được kiểm tra: {problem}</translation>
    </message>
    <message>
        <source>the database cannot be moved: {problem}</source>
        <translation>không chuyển được cơ sở dữ liệu: {problem}</translation>
    </message>
    <message>
        <source>the database cannot live at {path}: {reason}</source>
        <translation>không thể để cơ sở dữ liệu tại {path}: {reason}</translation>
    </message>
    <message>
        <source>the database is named by {variable}; move the file and change the variable</source>
        <translation>cơ sở dữ liệu do biến {variable} chỉ định; hãy tự chuyển tệp và sửa biến đó</translation>
    </message>
    <message>
        <source>the database is on a network share, where SQLite cannot lock it safely; copy it to this computer to make changes</source>
        <translation>cơ sở dữ liệu nằm trên thư mục mạng, nơi SQLite không khóa được an toàn; hãy chép về máy này để sửa đổi</translation>
    </message>
    <message>
        <source>the database was moved to {path}, which cannot be found now; connect its drive, or open another file with --db</source>
        <translation>cơ sở dữ liệu đã được chuyển tới {path}, nay không tìm thấy; hãy cắm ổ đĩa chứa nó, hoặc mở tệp khác bằng --db</translation>
    </message>
    <message>
        <source>the database was not moved to {path}: {reason}</source>
        <translation>chưa chuyển được cơ sở dữ liệu tới {path}: {reason}</translation>
    </message>
    <message>
        <source>the figure lies between 0 and 100</source>
        <translation>mức phải từ 0 đến 100</translation>
    </message>
    <message>
        <source>the full name is required</source>
        <translation>cần ghi họ và tên</translation>
    </message>
    <message>
        <source>the gender is male (Nam) or female (Nữ)</source>
        <translation>giới tính là Nam hoặc Nữ</translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation>cần ghi tên</translation>
    </message>
    <message>
        <source>the name {problem}</source>
        <translation>tên {problem}</translation>
    </message>
    <message>
        <source>the office (e.g. Ủy ban nhân dân phường Kiến An) is required</source>
        <translation>cần ghi cơ quan (ví dụ Ủy ban nhân dân phường Kiến An)</translation>
    </message>
    <message>
        <source>the place written before the date is required</source>
        <translation>cần ghi địa danh trước ngày tháng</translation>
    </message>
    <message>
        <source>the plan is empty</source>
        <translation>chưa ghi kế hoạch</translation>
    </message>
    <message>
        <source>the range {first}-{last} ends before it begins</source>
        <translation>khoảng {first}-{last} kết thúc trước khi bắt đầu</translation>
    </message>
    <message>
        <source>the range {text} runs backwards</source>
        <translation>khoảng {text} bị ngược</translation>
    </message>
    <message>
        <source>the service is counted in whole months</source>
        <translation>thời gian công tác tính bằng số tháng tròn</translation>
    </message>
    <message>
        <source>the sheets of {name} hold {cells} cells together, up to sheet &apos;{sheet}&apos;; a list this program reads fills at most {limit}: delete what lies below or to the right of each list and save it again</source>
        <translation>các trang tính của {name} có tổng cộng {cells} ô, tính đến trang &apos;{sheet}&apos;; danh sách chương trình đọc được có nhiều nhất {limit} ô: hãy xóa phần nằm dưới hoặc bên phải mỗi danh sách rồi lưu lại</translation>
    </message>
    <message>
        <source>the signer&apos;s full name is required</source>
        <translation>cần ghi họ tên người ký</translation>
    </message>
    <message>
        <source>the signer&apos;s title (e.g. Chủ tịch) is required</source>
        <translation>cần ghi chức danh người ký (ví dụ Chủ tịch)</translation>
    </message>
    <message>
        <source>the successor cannot be one of the merged units&apos; own units</source>
        <translation>đơn vị kế thừa không thể là đơn vị cấp dưới của các đơn vị được sáp nhập</translation>
    </message>
    <message>
        <source>the text is {length} characters long; a cell holds at most {most}</source>
        <translation>nội dung dài {length} ký tự; mỗi ô chứa nhiều nhất {most} ký tự</translation>
    </message>
    <message>
        <source>the text {problem}</source>
        <translation>nội dung {problem}</translation>
    </message>
    <message>
        <source>the unit cannot end before it begins</source>
        <translation>đơn vị không thể kết thúc trước khi bắt đầu</translation>
    </message>
    <message>
        <source>the unit ends before it begins</source>
        <translation>đơn vị kết thúc trước khi bắt đầu</translation>
    </message>
    <message>
        <source>the unit would exceed {parameter}% of its Advanced Workers</source>
        <translation>đơn vị sẽ vượt {parameter}% số Lao động tiên tiến</translation>
    </message>
    <message>
        <source>there is no award {award_id}</source>
        <translation>không có khen thưởng {award_id}</translation>
    </message>
    <message>
        <source>there is no database at {path}</source>
        <translation>không có cơ sở dữ liệu tại {path}</translation>
    </message>
    <message>
        <source>there is no decision {decision_id}</source>
        <translation>không có quyết định {decision_id}</translation>
    </message>
    <message>
        <source>there is no decision {number} of {day}</source>
        <translation>không có quyết định {number} ngày {day}</translation>
    </message>
    <message>
        <source>there is no file at {path}</source>
        <translation>không có tệp tại {path}</translation>
    </message>
    <message>
        <source>there is no movement {movement}</source>
        <translation>không có phong trào {movement}</translation>
    </message>
    <message>
        <source>there is no report &apos;{kind}&apos;; choose {known}</source>
        <translation>không có báo cáo &apos;{kind}&apos;; hãy chọn {known}</translation>
    </message>
    <message>
        <source>these two records carry different personal IDs: not the same person</source>
        <translation>hai bản ghi có số CCCD khác nhau: không phải cùng một người</translation>
    </message>
    <message>
        <source>this award is already revoked</source>
        <translation>khen thưởng này đã bị thu hồi</translation>
    </message>
    <message>
        <source>this database has no certificate secret</source>
        <translation>cơ sở dữ liệu này thiếu khóa bí mật của Giấy khen</translation>
    </message>
    <message>
        <source>this line is already decided: correct or revoke its award instead</source>
        <translation>dòng này đã có quyết định: hãy đính chính hoặc thu hồi khen thưởng của nó</translation>
    </message>
    <message>
        <source>this person holds {count} award(s): the record cannot be deleted (merge it into the right record if it is a duplicate)</source>
        <translation>người này có {count} khen thưởng: không thể xóa bản ghi (nếu bị trùng, hãy gộp vào bản ghi đúng)</translation>
    </message>
    <message>
        <source>this unit has awards, people or units under it: it cannot be deleted, only closed (give the date it ended)</source>
        <translation>đơn vị này có khen thưởng, cán bộ hoặc đơn vị trực thuộc: không thể xóa, chỉ có thể kết thúc (ghi ngày kết thúc)</translation>
    </message>
    <message>
        <source>this user may not write the database file or its folder</source>
        <translation>người dùng này không có quyền ghi tệp cơ sở dữ liệu hoặc thư mục của nó</translation>
    </message>
    <message>
        <source>this {table} record was changed elsewhere since it was opened ({fields}); reopen it to see the change. Nothing was saved.</source>
        <translation>bản ghi {table} này đã bị sửa ở nơi khác từ khi mở ({fields}); hãy mở lại để xem thay đổi. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>title: the proposal needs a title</source>
        <translation>tiêu đề: đề nghị cần có tiêu đề</translation>
    </message>
    <message>
        <source>unknown award form &apos;{form_name}&apos; (known forms: {known})</source>
        <translation>không rõ hình thức khen thưởng &apos;{form_name}&apos; (các hình thức: {known})</translation>
    </message>
    <message>
        <source>unknown award form &apos;{form}&apos; (known forms: {known})</source>
        <translation>không rõ hình thức khen thưởng &apos;{form}&apos; (các hình thức: {known})</translation>
    </message>
    <message>
        <source>unknown kind of list &apos;{list_kind}&apos; ({known})</source>
        <translation>không rõ loại danh sách &apos;{list_kind}&apos; ({known})</translation>
    </message>
    <message>
        <source>unknown kind of unit &apos;{kind_text}&apos; (known: {known})</source>
        <translation>không rõ loại đơn vị &apos;{kind_text}&apos; (các loại: {known})</translation>
    </message>
    <message>
        <source>unknown movement &apos;{movement}&apos;</source>
        <translation>không rõ phong trào &apos;{movement}&apos;</translation>
    </message>
    <message>
        <source>unknown paper size {page} (A4 or A3)</source>
        <translation>không rõ khổ giấy {page} (A4 hoặc A3)</translation>
    </message>
    <message>
        <source>unknown review status {status}</source>
        <translation>không rõ trạng thái xét duyệt {status}</translation>
    </message>
    <message>
        <source>year of the achievement missing (add a &apos;Năm&apos; column)</source>
        <translation>thiếu năm thành tích (thêm cột &apos;Năm&apos;)</translation>
    </message>
    <message>
        <source>{count} of these certificates were printed before: give the reason for the reissue</source>
        <translation>{count} Giấy khen trong số này đã được in trước đây: hãy ghi lý do cấp lại</translation>
    </message>
    <message>
        <source>{count} people are named &apos;{name}&apos;: pick them on the People page (or add the birth year to tell them apart)</source>
        <translation>có {count} người tên &apos;{name}&apos;: hãy chọn trên trang Cá nhân (hoặc thêm năm sinh để phân biệt)</translation>
    </message>
    <message>
        <source>{count} people named &apos;{full_name}&apos; fit; give the birth year or the personal ID to tell them apart</source>
        <translation>có {count} người tên &apos;{full_name}&apos; phù hợp; hãy ghi năm sinh hoặc số CCCD để phân biệt</translation>
    </message>
    <message>
        <source>{count} units are named &apos;{name}&apos;</source>
        <translation>có {count} đơn vị tên &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{count} {kind}s match {name}: {names}{more}</source>
        <translation>có {count} {kind} khớp {name}: {names}{more}</translation>
    </message>
    <message>
        <source>{database_path} could not be replaced: {error}</source>
        <translation>không thay được {database_path}: {error}</translation>
    </message>
    <message>
        <source>{day} is outside the dates the audit trail holds</source>
        <translation>{day} nằm ngoài khoảng ngày của nhật ký</translation>
    </message>
    <message>
        <source>{fields} cannot be corrected; revoke and decide again instead</source>
        <translation>không thể đính chính {fields}; hãy thu hồi và ra quyết định lại</translation>
    </message>
    <message>
        <source>{field} (column {column}): {problem}</source>
        <translation>{field} (cột {column}): {problem}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{file} should name where the database was moved, but it is empty; write the database file&apos;s path in it, or start with --db</source>
        <translation>{file} phải ghi nơi cơ sở dữ liệu đã được chuyển tới nhưng đang trống; hãy ghi đường dẫn tệp cơ sở dữ liệu vào đó, hoặc khởi động với --db</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder; choose a folder for backups</source>
        <translation>{folder} là một tệp, không phải thư mục; hãy chọn thư mục để sao lưu</translation>
    </message>
    <message>
        <source>{form} is not given to a {kind} recipient</source>
        <translation>{form} không dành cho đối tượng {kind}</translation>
    </message>
    <message>
        <source>{name_vi} is not given to a {kind} recipient</source>
        <translation>{name_vi} không dành cho đối tượng {kind}</translation>
    </message>
    <message>
        <source>{name} already gets {name_vi} for {year} at {where}</source>
        <translation>{name} đã được {name_vi} năm {year} tại {where}</translation>
    </message>
    <message>
        <source>{name} cannot be read as a spreadsheet: {detail}</source>
        <translation>không đọc được {name} như một bảng tính: {detail}</translation>
    </message>
    <message>
        <source>{name} cannot be read safely: it holds {count} parts; a spreadsheet holds at most {limit}</source>
        <translation>không đọc an toàn được {name}: tệp chứa {count} phần; một bảng tính chứa nhiều nhất {limit} phần</translation>
    </message>
    <message>
        <source>{name} cannot be read safely: its part {part} unpacks to {ratio} times its packed size, which no spreadsheet program writes</source>
        <translation>không đọc an toàn được {name}: phần {part} giải nén ra gấp {ratio} lần kích thước nén, điều không chương trình bảng tính nào tạo ra</translation>
    </message>
    <message>
        <source>{name} has two sheets named &apos;{sheet}&apos;; rename one in the spreadsheet program and save the list again</source>
        <translation>{name} có hai trang tính cùng tên &apos;{sheet}&apos;; hãy đổi tên một trang trong chương trình bảng tính rồi lưu lại danh sách</translation>
    </message>
    <message>
        <source>{name} is damaged: its part {part} does not match the size or checksum the zip gives for it; save the list again from the spreadsheet program</source>
        <translation>{name} bị hỏng: phần {part} không khớp kích thước hoặc mã kiểm tra ghi trong tệp nén; hãy lưu lại danh sách từ chương trình bảng tính</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet this program reads ({reason})</source>
        <translation>{name} không phải là bảng tính chương trình đọc được ({reason})</translation>
    </message>
    <message>
        <source>{name} is protected by a password; save a copy without the password and import that</source>
        <translation>{name} có mật khẩu bảo vệ; hãy lưu một bản không có mật khẩu rồi nhập bản đó</translation>
    </message>
    <message>
        <source>{name} is the list itself; save the marked copy elsewhere</source>
        <translation>{name} chính là danh sách gốc; hãy lưu bản đánh dấu ở chỗ khác</translation>
    </message>
    <message>
        <source>{name} is too large to read: its parts unpack to {size} MB; a list this program reads unpacks to at most {limit} MB</source>
        <translation>{name} quá lớn để đọc: các phần giải nén ra {size} MB; danh sách chương trình đọc được giải nén ra nhiều nhất {limit} MB</translation>
    </message>
    <message>
        <source>{name} {problem}</source>
        <translation>{name} {problem}</translation>
    </message>
    <message>
        <source>{name}: a row breaks a rule of the register that the check missed ({reason}); nothing was written</source>
        <translation>{name}: một dòng vi phạm một quy tắc của sổ mà bước kiểm tra chưa phát hiện ({reason}); chưa ghi gì</translation>
    </message>
    <message>
        <source>{name}: changes saved while it was being checked make {count} row(s) wrong ({first}); check the list again; nothing was written</source>
        <translation>{name}: những thay đổi được lưu trong lúc kiểm tra làm {count} dòng bị sai ({first}); hãy kiểm tra lại danh sách; chưa ghi gì</translation>
    </message>
    <message>
        <source>{name}: no list found (no sheet has a header row naming the name column within its first 20 rows)</source>
        <translation>{name}: không thấy danh sách (không trang tính nào có dòng tiêu đề với cột họ tên trong 20 dòng đầu)</translation>
    </message>
    <message>
        <source>{name}: these rows were already imported on {day} from &apos;{file}&apos;; nothing was written</source>
        <translation>{name}: các dòng này đã được nhập ngày {day} từ &apos;{file}&apos;; chưa ghi gì</translation>
    </message>
    <message>
        <source>{name}: {count} row(s) are wrong; nothing was written</source>
        <translation>{name}: có {count} dòng sai; chưa ghi gì</translation>
    </message>
    <message>
        <source>{path} already exists; choose an empty folder or a new name</source>
        <translation>{path} đã có; hãy chọn thư mục trống hoặc tên mới</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database: {error}</source>
        <translation>không đọc được {path} như một cơ sở dữ liệu: {error}</translation>
    </message>
    <message>
        <source>{path} cannot be replaced: {reason}</source>
        <translation>không thay được {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} differs from the schema of its version ({differences})</source>
        <translation>{path} khác với cấu trúc của phiên bản của nó ({differences})</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} là một thư mục, không phải tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>{path} is a folder, not a spreadsheet</source>
        <translation>{path} là một thư mục, không phải bảng tính</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem})</source>
        <translation>{path} bị hỏng ({problem})</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); it was not changed. Restore a backup: kienan-awards restore FILE</source>
        <translation>{path} bị hỏng ({problem}); tệp không bị thay đổi. Hãy khôi phục một bản sao lưu: kienan-awards restore TỆP</translation>
    </message>
    <message>
        <source>{path} is not a Kien An Awards database</source>
        <translation>{path} không phải là cơ sở dữ liệu của Khen thưởng Kiến An</translation>
    </message>
    <message>
        <source>{path} is not a database file</source>
        <translation>{path} không phải là tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>{path} is not a database file; it was not changed</source>
        <translation>{path} không phải là tệp cơ sở dữ liệu; tệp không bị thay đổi</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook and was left as it is; save the marked copy under another name</source>
        <translation>{path} không phải sổ tính Excel nên được giữ nguyên; hãy lưu bản đánh dấu với tên khác</translation>
    </message>
    <message>
        <source>{path} is still the default database</source>
        <translation>{path} vẫn là cơ sở dữ liệu mặc định</translation>
    </message>
    <message>
        <source>{path} is the database; save the marked copy elsewhere</source>
        <translation>{path} là cơ sở dữ liệu; hãy lưu bản đánh dấu ở chỗ khác</translation>
    </message>
    <message>
        <source>{path} needs a schema upgrade, which cannot be written: {reason}</source>
        <translation>{path} cần nâng cấp cấu trúc nhưng không ghi được: {reason}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: không có tệp này</translation>
    </message>
    <message>
        <source>{path}: the marked copy is an Excel workbook; name it .xlsx</source>
        <translation>{path}: bản đánh dấu là sổ tính Excel; hãy đặt tên đuôi .xlsx</translation>
    </message>
    <message>
        <source>{problems} — give a reason to accept it anyway</source>
        <translation>{problems} — hãy ghi lý do nếu vẫn chấp nhận</translation>
    </message>
    <message>
        <source>{problems} — review the line again before deciding</source>
        <translation>{problems} — hãy xét lại dòng này trước khi ra quyết định</translation>
    </message>
    <message>
        <source>{problem}; nothing was restored</source>
        <translation>{problem}; chưa phục hồi gì</translation>
    </message>
    <message>
        <source>{shown}; and {count} more</source>
        <translation>{shown}; và {count} điều khác</translation>
    </message>
    <message>
        <source>{table} record {record_id} no longer exists</source>
        <translation>bản ghi {record_id} của bảng {table} không còn nữa</translation>
    </message>
    <message>
        <source>{unit} begins after the merger date</source>
        <translation>{unit} bắt đầu sau ngày sáp nhập</translation>
    </message>
    <message>
        <source>{unit} had already closed on {day}</source>
        <translation>{unit} đã kết thúc từ ngày {day}</translation>
    </message>
    <message>
        <source>{value} is Excel&apos;s 29/02/1900, a day that never was</source>
        <translation>{value} là ngày 29/02/1900 của Excel, một ngày không có thật</translation>
    </message>
    <message>
        <source>{value} is not a date</source>
        <translation>{value} không phải là ngày</translation>
    </message>
    <message>
        <source>{value} is not a year</source>
        <translation>{value} không phải là năm</translation>
    </message>
    <message>
        <source>{value} is not a year this register can hold</source>
        <translation>{value} không phải là năm sổ khen thưởng có thể ghi</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>New emulation movement</source>
        <translation>Phong trào thi đua mới</translation>
    </message>
    <message>
        <source>Regular (annual)</source>
        <translation>Thường xuyên (hằng năm)</translation>
    </message>
    <message>
        <source>Campaign or thematic</source>
        <translation>Theo đợt, chuyên đề</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Tên *</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Launching decision</source>
        <translation>Quyết định phát động</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Chủ đề</translation>
    </message>
</context>
<context>
    <name>MovementsPage</name>
    <message>
        <source>Emulation movements</source>
        <translation>Phong trào thi đua</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Thực hiện mới nhất</translation>
    </message>
    <message>
        <source>New movement...</source>
        <translation>Phong trào mới...</translation>
    </message>
    <message>
        <source>New target...</source>
        <translation>Chỉ tiêu mới...</translation>
    </message>
    <message>
        <source>Report progress...</source>
        <translation>Báo cáo tiến độ...</translation>
    </message>
    <message>
        <source>Whole area</source>
        <translation>Toàn địa bàn</translation>
    </message>
    <message>
        <source>Met every target: {met}
Not yet (targets missed or unreported): {short}</source>
        <translation>Đạt mọi chỉ tiêu: {met}
Chưa đạt (chỉ tiêu không đạt hoặc chưa báo cáo): {short}</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Kien An Awards keeps your office&apos;s emulation and commendation register: units and people, movements and their targets, award decisions, Certificates of Merit. First, the office whose chairman signs them. Everything here can be changed later in Settings.</source>
        <translation>Khen thưởng Kiến An lưu sổ thi đua, khen thưởng của cơ quan: đơn vị và cá nhân, phong trào và chỉ tiêu, quyết định khen thưởng, Giấy khen. Trước hết, hãy cho biết cơ quan có người ký các quyết định đó. Mọi thông tin ở đây có thể sửa sau trong Cài đặt.</translation>
    </message>
    <message>
        <source>The office as it stands from today. Decisions already made keep the signer they were made with.</source>
        <translation>Thông tin cơ quan áp dụng từ hôm nay. Các quyết định đã ban hành giữ nguyên người ký.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Place (before the date)</source>
        <translation>Địa danh (trước ngày tháng)</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức danh người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Load the demo data (a district&apos;s six years of awards) to try the program</source>
        <translation>Nạp dữ liệu mẫu (sáu năm khen thưởng của một quận) để dùng thử</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Chọn...</translation>
    </message>
    <message>
        <source>Keep the database in</source>
        <translation>Để cơ sở dữ liệu tại</translation>
    </message>
    <message>
        <source>The database is kept in {file}; backups go to {folder}.</source>
        <translation>Cơ sở dữ liệu lưu tại {file}; bản sao lưu ở {folder}.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>A database is already kept there ({file}): Start opens it as it is, with its own office and records, instead of this new one.</source>
        <translation>Ở đó đã có một cơ sở dữ liệu ({file}): nút Bắt đầu sẽ mở nguyên trạng cơ sở dữ liệu đó, với cơ quan và hồ sơ của nó, thay cho cơ sở dữ liệu mới này.</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Hãy sửa các ô được đánh dấu.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Save charts as PNG...</source>
        <translation>Lưu biểu đồ thành PNG...</translation>
    </message>
    <message>
        <source>Save charts as PDF...</source>
        <translation>Lưu biểu đồ thành PDF...</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Phong trào</translation>
    </message>
    <message>
        <source>{units} units · {people} people · {movements} movements · {decisions} decisions · {awards} awards</source>
        <translation>{units} đơn vị · {people} cá nhân · {movements} phong trào · {decisions} quyết định · {awards} khen thưởng</translation>
    </message>
    <message>
        <source>Save the charts</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Cannot write {path}</source>
        <translation>Không ghi được {path}</translation>
    </message>
</context>
<context>
    <name>PageNavigation</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Phong trào</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Decisions &amp; awards</source>
        <translation>Quyết định và khen thưởng</translation>
    </message>
    <message>
        <source>Honour roll</source>
        <translation>Tra cứu khen thưởng</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>This page has changes that are not saved. Save them?</source>
        <translation>Trang này có thay đổi chưa lưu. Lưu lại?</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Merge with...</source>
        <translation>Gộp với...</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Cá nhân mới</translation>
    </message>
    <message>
        <source>Please correct the marked fields first.</source>
        <translation>Hãy sửa các ô được đánh dấu trước.</translation>
    </message>
    <message>
        <source>May be proposed for: {form} ({reason}: {years})</source>
        <translation>Có thể đề nghị: {form} ({reason}: {years})</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Male (Nam)</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female (Nữ)</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (if known)</source>
        <translation>dd/mm/yyyy (nếu biết)</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Personal ID (CCCD)</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>{unit} (closed {day})</source>
        <translation>{unit} (kết thúc {day})</translation>
    </message>
    <message>
        <source>write the birth date as dd/mm/yyyy</source>
        <translation>ghi ngày sinh theo dạng dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Possibly already recorded: {names}. Open that record instead of creating a new one, or save anyway if this is someone else.</source>
        <translation>Có thể đã có trong sổ: {names}. Hãy mở bản ghi đó thay vì tạo mới, hoặc vẫn lưu nếu đây là người khác.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Report progress</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>cumulative figure, e.g. {example}</source>
        <translation>số lũy kế, ví dụ {example}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Actual *</source>
        <translation>Thực hiện *</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ProgressMatrix</name>
    <message>
        <source>exceeded</source>
        <translation>vượt</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>đúng tiến độ</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>chậm tiến độ</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>Whole area</source>
        <translation>Toàn địa bàn</translation>
    </message>
    <message>
        <source>no report</source>
        <translation>chưa báo cáo</translation>
    </message>
    <message>
        <source>Actual {value} on {day}; {same} of the same period</source>
        <translation>Thực hiện {value} ngày {day}; bằng {same} cùng kỳ</translation>
    </message>
</context>
<context>
    <name>ProposalsPart</name>
    <message>
        <source>Recipient</source>
        <translation>Người/tập thể được khen</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xét duyệt</translation>
    </message>
    <message>
        <source>Rule check</source>
        <translation>Kiểm tra tiêu chuẩn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>New proposal...</source>
        <translation>Đề nghị mới...</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Đề nghị mới</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Year of the achievement</source>
        <translation>Năm thành tích</translation>
    </message>
    <message>
        <source>Choose or create a proposal first.</source>
        <translation>Hãy chọn hoặc tạo một đề nghị trước.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>chờ xét</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đã chấp nhận</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>đã trả lại</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>không chấp nhận</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>đạt tiêu chuẩn</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>đã có quyết định</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Chỉ đọc: {reason}</translation>
    </message>
</context>
<context>
    <name>RecipientHistory</name>
    <message>
        <source>Award history</source>
        <translation>Quá trình khen thưởng</translation>
    </message>
    <message>
        <source>Choose an award to see all its recipient&apos;s awards.</source>
        <translation>Chọn một khen thưởng để xem mọi khen thưởng của người/tập thể đó.</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <source>household</source>
        <translation>hộ gia đình</translation>
    </message>
    <message>
        <source>{kind}, {count} award(s) from {first} to {last}</source>
        <translation>{kind}, {count} khen thưởng từ {first} đến {last}</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Số khen thưởng</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Bonus coefficients</source>
        <translation>Hệ số thưởng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người/tập thể được khen</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>Số vào sổ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Vietnamese name</source>
        <translation>Tên tiếng Việt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Đã khen</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Award evidence</source>
        <translation>Căn cứ khen thưởng</translation>
    </message>
    <message>
        <source>Award forms</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Award records</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Base salaries</source>
        <translation>Mức lương cơ sở</translation>
    </message>
    <message>
        <source>Bonus rates</source>
        <translation>Hệ số tiền thưởng</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy khen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Eligibility rules</source>
        <translation>Tiêu chuẩn xét khen</translation>
    </message>
    <message>
        <source>Imported lists</source>
        <translation>Danh sách đã nhập</translation>
    </message>
    <message>
        <source>Issuing authorities</source>
        <translation>Cấp ban hành</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Phong trào</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Print log</source>
        <translation>Nhật ký in</translation>
    </message>
    <message>
        <source>Printer profiles</source>
        <translation>Hồ sơ máy in</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>Proposal lines</source>
        <translation>Dòng tờ trình</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <source>Revocations and corrections</source>
        <translation>Thu hồi và đính chính</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Target plans</source>
        <translation>Kế hoạch chỉ tiêu</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Units in movements</source>
        <translation>Đơn vị tham gia phong trào</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Filter by name, with or without diacritics</source>
        <translation>Lọc theo tên, có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>Export to Excel...</source>
        <translation>Xuất ra Excel...</translation>
    </message>
    <message>
        <source>Save the rows shown, in the order shown, as an Excel workbook</source>
        <translation>Lưu các dòng đang hiện, theo thứ tự đang hiện, thành tệp Excel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln bản ghi</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Chưa xuất được</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) exported to {file}</source>
        <translation>
            <numerusform>Đã xuất %Ln bản ghi ra {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPart</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người/tập thể được khen</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Award register {year}</source>
        <translation>Sổ khen thưởng năm {year}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Annual summary</source>
        <translation>Tổng hợp năm</translation>
    </message>
    <message>
        <source>Several years</source>
        <translation>Nhiều năm</translation>
    </message>
    <message>
        <source>Emulation movement</source>
        <translation>Phong trào thi đua</translation>
    </message>
    <message>
        <source>Honour list</source>
        <translation>Danh sách khen thưởng</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>In...</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Lưu thành PDF...</translation>
    </message>
    <message>
        <source>Save as Excel...</source>
        <translation>Lưu thành Excel...</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Every movement of the year</source>
        <translation>Mọi phong trào trong năm</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Chưa lưu được báo cáo</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Đã lưu vào {file}</translation>
    </message>
</context>
<context>
    <name>ResultStep</name>
    <message>
        <source>Close the wizard, or go back to import another list.</source>
        <translation>Đóng cửa sổ này, hoặc quay lại để nhập một danh sách khác.</translation>
    </message>
    <message>
        <source>{rows} row(s) of {name} imported.</source>
        <translation>Đã nhập {rows} dòng của {name}.</translation>
    </message>
    <message>
        <source>Imported: {awards} award(s), {people} new people, {units} new units, {decisions} new decisions.</source>
        <translation>Đã nhập: {awards} khen thưởng, {people} cá nhân mới, {units} đơn vị mới, {decisions} quyết định mới.</translation>
    </message>
    <message>
        <source>Imported: {lines} proposal line(s) to review, {people} new people, {units} new units.</source>
        <translation>Đã nhập: {lines} dòng đề nghị chờ xét duyệt, {people} cá nhân mới, {units} đơn vị mới.</translation>
    </message>
    <message>
        <source>Imported: {new} new people, {matched} already recorded, {units} new units.</source>
        <translation>Đã nhập: {new} cá nhân mới, {matched} cá nhân đã có, {units} đơn vị mới.</translation>
    </message>
    <message>
        <source>Imported: {new} new units, {matched} already recorded.</source>
        <translation>Đã nhập: {new} đơn vị mới, {matched} đơn vị đã có.</translation>
    </message>
</context>
<context>
    <name>ReviewPart</name>
    <message>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <source>Return...</source>
        <translation>Trả lại...</translation>
    </message>
    <message>
        <source>Reject...</source>
        <translation>Không chấp nhận...</translation>
    </message>
    <message>
        <source>Decide...</source>
        <translation>Ra quyết định...</translation>
    </message>
    <message>
        <source>Why accept it although a rule is not met?</source>
        <translation>Vì sao vẫn chấp nhận dù chưa đạt một tiêu chuẩn?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xét duyệt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
</context>
<context>
    <name>RowResultsModel</name>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>đã có</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Office and data</source>
        <translation>Cơ quan và dữ liệu</translation>
    </message>
    <message>
        <source>Move...</source>
        <translation>Chuyển...</translation>
    </message>
    <message>
        <source>Keep the database in another folder, e.g. on a data drive</source>
        <translation>Để cơ sở dữ liệu ở thư mục khác, ví dụ trên ổ dữ liệu</translation>
    </message>
    <message>
        <source>One register book</source>
        <translation>Một sổ khen thưởng</translation>
    </message>
    <message>
        <source>One book per award form</source>
        <translation>Mỗi hình thức một sổ</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Thay đổi...</translation>
    </message>
    <message>
        <source>A new office name or signer, from today</source>
        <translation>Tên cơ quan hoặc người ký mới, từ hôm nay</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Phiên bản cấu trúc</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>Award register</source>
        <translation>Sổ khen thưởng</translation>
    </message>
    <message>
        <source>Rule (tick to apply)</source>
        <translation>Tiêu chuẩn (đánh dấu để áp dụng)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Mức</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Catalogue of award forms</source>
        <translation>Danh mục hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Eligibility rules</source>
        <translation>Tiêu chuẩn xét khen</translation>
    </message>
    <message>
        <source>Award forms and bonuses</source>
        <translation>Hình thức và mức thưởng</translation>
    </message>
    <message>
        <source>{office}, signed by {title} {name}; place: {place}</source>
        <translation>{office}, người ký: {title} {name}; địa danh: {place}</translation>
    </message>
    <message>
        <source>No office is recorded for today: decisions would have no signer.</source>
        <translation>Chưa ghi cơ quan áp dụng cho hôm nay: quyết định sẽ không có người ký.</translation>
    </message>
    <message>
        <source>The rule was not changed</source>
        <translation>Chưa thay đổi tiêu chuẩn</translation>
    </message>
    <message>
        <source>Used from the next start of the program.</source>
        <translation>Áp dụng từ lần mở chương trình tiếp theo.</translation>
    </message>
    <message>
        <source>Move the database to</source>
        <translation>Chuyển cơ sở dữ liệu tới</translation>
    </message>
    <message>
        <source>The database was not moved</source>
        <translation>Chưa chuyển cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>New target</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <source>Whole area</source>
        <translation>Toàn địa bàn</translation>
    </message>
    <message>
        <source>triệu đồng, %, người, ...</source>
        <translation>triệu đồng, %, người, ...</translation>
    </message>
    <message>
        <source>adds up through the year (an amount, not a rate)</source>
        <translation>cộng dồn trong năm (một số lượng, không phải tỷ lệ)</translation>
    </message>
    <message>
        <source>Indicator *</source>
        <translation>Chỉ tiêu *</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Giao cho</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Plan {n}: source</source>
        <translation>Kế hoạch {n}: nguồn</translation>
    </message>
    <message>
        <source>Plan {n}: value</source>
        <translation>Kế hoạch {n}: giá trị</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
</context>
<context>
    <name>TargetHistoryDialog</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Whole area</source>
        <translation>Toàn địa bàn</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Certificate templates</source>
        <translation>Mẫu Giấy khen</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Đầy đủ</translation>
    </message>
    <message>
        <source>Pre-printed stock</source>
        <translation>Phôi in sẵn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Back to the shipped template</source>
        <translation>Trở về mẫu gốc</translation>
    </message>
    <message>
        <source>the template text is not valid: {error}</source>
        <translation>nội dung mẫu không hợp lệ: {error}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Đã gộp vào</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Deleted records stay here until restored.</source>
        <translation>Bản ghi đã xóa nằm ở đây cho đến khi được khôi phục.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undone: {label}</source>
        <translation>Đã hoàn tác: {label}</translation>
    </message>
    <message>
        <source>&amp;Undo {label}</source>
        <translation>&amp;Hoàn tác {label}</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Tên *</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Hoạt động từ</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Kết thúc ngày</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Đơn vị kế thừa</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quận, huyện</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng, ban</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường, xã</translation>
    </message>
    <message>
        <source>Residential group</source>
        <translation>Tổ dân phố</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(cấp cao nhất)</translation>
    </message>
</context>
<context>
    <name>UnitTree</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Hoạt động từ</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Kết thúc ngày</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Merge units...</source>
        <translation>Sáp nhập đơn vị...</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người/tập thể được khen</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Unit at the time</source>
        <translation>Đơn vị lúc khen</translation>
    </message>
    <message>
        <source>Awards under this unit and the units merged into it</source>
        <translation>Khen thưởng của đơn vị này và các đơn vị đã sáp nhập vào nó</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Xác minh Giấy khen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Mã xác minh</translation>
    </message>
    <message>
        <source>Unknown: no certificate carries this code. It may be mistyped or forged.</source>
        <translation>Không rõ: không có Giấy khen nào mang mã này. Mã có thể bị gõ sai hoặc giả mạo.</translation>
    </message>
    <message>
        <source>{name} — {form} ({year}), decision {number}, register no. {register}</source>
        <translation>{name} — {form} ({year}), quyết định {number}, số vào sổ {register}</translation>
    </message>
    <message>
        <source>REVOKED: {text}. Reason: {reason}</source>
        <translation>ĐÃ THU HỒI: {text}. Lý do: {reason}</translation>
    </message>
    <message>
        <source>Valid: {text}</source>
        <translation>Hợp lệ: {text}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;In...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;Import a list from Excel...</source>
        <translation>&amp;Nhập danh sách từ Excel...</translation>
    </message>
    <message>
        <source>&amp;Trash...</source>
        <translation>&amp;Thùng rác...</translation>
    </message>
    <message>
        <source>Certificate &amp;templates...</source>
        <translation>&amp;Mẫu Giấy khen...</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate...</source>
        <translation>&amp;Xác minh Giấy khen...</translation>
    </message>
    <message>
        <source>Load &amp;demo data...</source>
        <translation>Nạp dữ liệu &amp;mẫu...</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>Reset the &amp;layout</source>
        <translation>Đặt lại &amp;bố cục</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <source>This page has no list to print.</source>
        <translation>Trang này không có danh sách để in.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Kien An Awards {version}

Emulation and commendation records, award decisions and Certificates of Merit.</source>
        <translation>Khen thưởng Kiến An {version}

Quản lý thi đua, khen thưởng: hồ sơ, quyết định khen thưởng và Giấy khen.</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Empty database</source>
        <translation>Cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <source>This database holds no records yet. Load the demo data, so that every page has something to show? (Choose No to start with an empty register.)</source>
        <translation>Cơ sở dữ liệu chưa có bản ghi nào. Nạp dữ liệu mẫu để mọi trang có nội dung? (Chọn Không để bắt đầu với sổ trống.)</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Chưa nạp được dữ liệu mẫu</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <source>Database: {path} (schema {version})</source>
        <translation>Cơ sở dữ liệu: {path} (phiên bản {version})</translation>
    </message>
    <message>
        <source>READ-ONLY: {reason} | {text}</source>
        <translation>CHỈ ĐỌC: {reason} | {text}</translation>
    </message>
    <message>
        <source>{units} units, {people} people, {decisions} decisions, {awards} awards</source>
        <translation>{units} đơn vị, {people} cá nhân, {decisions} quyết định, {awards} khen thưởng</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Chưa có bản sao lưu</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Sao lưu gần nhất: {when}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Đã sao lưu vào {path}</translation>
    </message>
</context>
<context>
    <name>WizardFooter</name>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không lường trước</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The old database file is still there</source>
        <translation>Tệp cơ sở dữ liệu cũ vẫn còn đó</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>{problem}

No sound backup was found beside it.</source>
        <translation>{problem}

Không tìm thấy bản sao lưu nào còn tốt bên cạnh.</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest sound backup, {backup}? The damaged file is kept as a backup too.</source>
        <translation>{problem}

Khôi phục bản sao lưu tốt mới nhất, {backup}? Tệp bị hỏng cũng được giữ lại như một bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Không khôi phục được bản sao lưu</translation>
    </message>
</context>
</TS>
