package cn.legalaid.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import cn.legalaid.shared.excel.ExcelExport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static cn.legalaid.shared.excel.ExcelExport.column;

/** Excel sheets of the registry: rejected rows of a batch, registry entries, green cards, and the import template. */
final class RegistryExports {

	static final int CAP = 50_000;

	static final ExcelExport<Rejection> REJECTIONS = ExcelExport.sheet("未通过校验的行", column("行号", Rejection::lineNo),
			column("姓名", Rejection::name), column("身份证号（脱敏）", Rejection::idMasked), column("原因", Rejection::reason));

	static final ExcelExport<PersonView> PEOPLE = ExcelExport.sheet("困难群体基本信息库", column("姓名", PersonView::name),
			column("身份证号（脱敏）", PersonView::idMasked), column("来源单位", PersonView::sourceBody),
			column("来源类型", p -> p.sourceKind().labelZh()), column("类别", PersonView::category),
			column("有效期起", PersonView::validFrom), column("有效期止", p -> p.validTo() == null ? "长期" : p.validTo()),
			column("今日有效", p -> p.validToday() ? "是" : "否"), column("登记单位", PersonView::unitName));

	static final ExcelExport<GreenCardView> CARDS = ExcelExport.sheet("法律援助绿卡", column("卡号", GreenCardView::cardNumber),
			column("持卡人", GreenCardView::holderName), column("身份证号（脱敏）", GreenCardView::idMasked),
			column("类别", GreenCardView::category), column("发卡中心", GreenCardView::unitName),
			column("有效期起", GreenCardView::validFrom), column("有效期止", GreenCardView::validTo),
			column("状态", GreenCardView::statusZh), column("注销原因", GreenCardView::revokeReason));

	private RegistryExports() {
	}

	/** The import template: the header and one example row (a made-up person with a valid check digit). */
	static byte[] templateXlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("困难群体导入模板");
			Row header = sheet.createRow(0);
			for (int c = 0; c < RegistryFileReader.TEMPLATE_HEADER.size(); c++) {
				header.createCell(c).setCellValue(RegistryFileReader.TEMPLATE_HEADER.get(c));
				sheet.setColumnWidth(c, 22 * 256);
			}
			Row example = sheet.createRow(1);
			String[] values = templateExample();
			for (int c = 0; c < values.length; c++) {
				example.createCell(c).setCellValue(values[c]);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String templateCsv() {
		return String.join(",", RegistryFileReader.TEMPLATE_HEADER) + "\r\n" + String.join(",", templateExample()) + "\r\n";
	}

	private static String[] templateExample() {
		String first17 = "32010219700101001";
		return new String[] { "张三（示例，导入前请删除）", first17 + cn.legalaid.shared.ResidentIdNumber.checkCharacter(first17),
				"低保户", "2026-01-01", "2026-12-31" };
	}
}
