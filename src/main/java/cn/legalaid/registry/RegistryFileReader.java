package cn.legalaid.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.files.FileContent;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an import file (CSV or .xlsx) into rows by its header: 姓名, 身份证号, 类别, 有效期起, 有效期止 (common
 * variants such as 身份证号码 or 有效期至 are accepted). Blank lines are skipped.
 */
final class RegistryFileReader {

	static final List<String> TEMPLATE_HEADER = List.of("姓名", "身份证号", "类别", "有效期起", "有效期止");

	private static final Map<String, String> HEADER_ALIASES = Map.ofEntries(Map.entry("姓名", "name"),
			Map.entry("身份证号", "id"), Map.entry("身份证号码", "id"), Map.entry("公民身份号码", "id"),
			Map.entry("类别", "category"), Map.entry("困难类别", "category"), Map.entry("有效期起", "from"),
			Map.entry("有效期开始", "from"), Map.entry("有效期自", "from"), Map.entry("有效期止", "to"),
			Map.entry("有效期至", "to"), Map.entry("有效期结束", "to"));

	private RegistryFileReader() {
	}

	/** The format from the file name: "xlsx" or "csv"; anything else is refused. */
	static String formatOf(String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx")) {
			return "xlsx";
		}
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			return "csv";
		}
		throw new BusinessRuleException("file", "仅支持 CSV（UTF-8 或 GBK 编码）和 Excel（.xlsx）文件");
	}

	static List<ImportRow> read(String format, byte[] content, FileEncoding encoding) {
		if (content == null || content.length == 0) {
			throw new BusinessRuleException("file", "请选择要导入的文件（文件为空）");
		}
		List<List<String>> lines = "xlsx".equals(format) ? excelLines(content) : csvLines(encoding.decode(content));
		if (lines.isEmpty()) {
			throw new BusinessRuleException("file", "文件没有内容");
		}
		int[] columns = columns(lines.get(0));
		List<ImportRow> rows = new ArrayList<>(lines.size());
		for (int i = 1; i < lines.size(); i++) {
			List<String> cells = lines.get(i);
			ImportRow row = new ImportRow(i + 1, cell(cells, columns[0]), cell(cells, columns[1]), cell(cells, columns[2]),
					cell(cells, columns[3]), cell(cells, columns[4]));
			if (!row.blank()) {
				rows.add(row);
			}
		}
		return rows;
	}

	private static int[] columns(List<String> header) {
		int[] columns = { -1, -1, -1, -1, -1 };
		List<String> keys = List.of("name", "id", "category", "from", "to");
		for (int c = 0; c < header.size(); c++) {
			String key = HEADER_ALIASES.get(header.get(c).replace(" ", "").replace("\u3000", ""));
			if (key != null && columns[keys.indexOf(key)] < 0) {
				columns[keys.indexOf(key)] = c;
			}
		}
		if (columns[0] < 0 || columns[1] < 0) {
			throw new BusinessRuleException("file", "文件第1行须为表头，且至少包含“姓名”和“身份证号”两列（可下载模板）");
		}
		return columns;
	}

	private static String cell(List<String> cells, int column) {
		if (column < 0 || column >= cells.size()) {
			return null;
		}
		String v = cells.get(column).trim();
		return v.isEmpty() ? null : v;
	}

	/** RFC 4180 CSV: commas, quoted fields with doubled quotes, CRLF or LF. */
	static List<List<String>> csvLines(String text) {
		List<List<String>> lines = new ArrayList<>();
		List<String> current = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',') {
				current.add(field.toString());
				field.setLength(0);
			}
			else if (ch == '\n' || ch == '\r') {
				if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				current.add(field.toString());
				field.setLength(0);
				lines.add(current);
				current = new ArrayList<>();
			}
			else {
				field.append(ch);
			}
		}
		if (field.length() > 0 || !current.isEmpty()) {
			current.add(field.toString());
			lines.add(current);
		}
		return lines;
	}

	private static List<List<String>> excelLines(byte[] content) {
		FileContent.Examination examined = FileContent.examine(content);
		if (examined.refusal() != null) {
			throw new BusinessRuleException("file", "导入的 Excel 文件" + examined.refusal());
		}
		if (examined.kind() != FileContent.Kind.XLSX) {
			throw new BusinessRuleException("file", "无法读取 Excel 文件，请确认是 .xlsx 格式");
		}
		DataFormatter formatter = new DataFormatter(Locale.CHINA);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<List<String>> lines = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						cells.add(text(row.getCell(c), formatter));
					}
				}
				lines.add(cells);
			}
			return lines;
		}
		catch (IOException | RuntimeException ex) {
			throw new BusinessRuleException("file", "无法读取 Excel 文件，请确认是 .xlsx 格式");
		}
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		return formatter.formatCellValue(cell);
	}
}
