package cn.legalaid.shared.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes a list as a real .xlsx workbook (导出Excel): a bold header row and one row per item. Streams rows through
 * POI's SXSSF so that long lists do not need the whole sheet in memory.
 */
public final class ExcelExport<T> {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String sheetName;
	private final List<Column<T>> columns;

	private ExcelExport(String sheetName, List<Column<T>> columns) {
		this.sheetName = sheetName;
		this.columns = columns;
	}

	public record Column<T>(String header, Function<T, Object> value) {
	}

	public static <T> Column<T> column(String header, Function<T, Object> value) {
		return new Column<>(header, value);
	}

	@SafeVarargs
	public static <T> ExcelExport<T> sheet(String sheetName, Column<T>... columns) {
		return new ExcelExport<>(sheetName, List.of(columns));
	}

	public byte[] write(Iterable<T> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle headerStyle = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			headerStyle.setFont(bold);
			Row header = sheet.createRow(0);
			for (int c = 0; c < columns.size(); c++) {
				header.createCell(c).setCellValue(columns.get(c).header());
				header.getCell(c).setCellStyle(headerStyle);
				sheet.setColumnWidth(c, 20 * 256);
			}
			int r = 1;
			for (T item : rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < columns.size(); c++) {
					Object value = columns.get(c).value().apply(item);
					if (value instanceof Number n) {
						row.createCell(c).setCellValue(n.doubleValue());
					}
					else {
						row.createCell(c).setCellValue(value == null ? "" : value.toString());
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A download response with a UTF-8 file name, e.g. "机构列表.xlsx". */
	public ResponseEntity<byte[]> download(String fileName, Iterable<T> rows) {
		byte[] body = write(rows);
		String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-File-Name", encoded)
			.contentType(XLSX)
			.body(body);
	}
}
