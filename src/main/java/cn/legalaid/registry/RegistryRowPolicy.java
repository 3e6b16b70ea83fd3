package cn.legalaid.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.legalaid.shared.ResidentIdNumber;

/**
 * The checks of one import row, in file order so that duplicates point at the earlier line: a name, a valid ID
 * number (GB 11643 check digit), a category, readable dates with 有效期止 not before 有效期起, the ID number not seen
 * before in the file, and no entry of the same person from the same source whose validity overlaps.
 */
final class RegistryRowPolicy {

	/** Existing entries of the same source, by normalised ID number. */
	interface ExistingEntries {
		List<LocalDate[]> of(String idNumber);
	}

	private final BatchDefaults defaults;

	private final ExistingEntries existing;

	private final Map<String, Integer> seenAt = new HashMap<>();

	RegistryRowPolicy(BatchDefaults defaults, ExistingEntries existing) {
		this.defaults = defaults;
		this.existing = existing;
	}

	CheckedRow check(ImportRow row) {
		List<String> problems = new ArrayList<>();
		if (ImportRow.isBlank(row.name())) {
			problems.add("缺少姓名");
		}
		else if (row.name().length() > 100) {
			problems.add("姓名过长");
		}
		String id = null;
		String idProblem = ResidentIdNumber.problem(row.idNumber());
		if (idProblem != null) {
			problems.add(idProblem);
		}
		else {
			id = row.idNumber().trim().toUpperCase();
		}
		String category = ImportRow.isBlank(row.category()) ? defaults.category() : row.category().trim();
		if (category == null || category.isBlank()) {
			problems.add("缺少类别");
		}
		LocalDate from = date(row.validFrom(), defaults.validFrom(), "有效期起", problems, true);
		LocalDate to = date(row.validTo(), defaults.validTo(), "有效期止", problems, false);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add("有效期止早于有效期起");
		}
		if (id != null) {
			Integer earlier = seenAt.putIfAbsent(id, row.lineNo());
			if (earlier != null) {
				problems.add("与文件第" + earlier + "行的身份证号重复");
			}
			else if (from != null && (to == null || !to.isBefore(from))) {
				for (LocalDate[] e : existing.of(id)) {
					if (overlaps(e[0], e[1], from, to)) {
						problems.add("该人员已由同一来源登记，有效期（" + e[0] + "至" + (e[1] == null ? "长期" : e[1])
								+ "）与本行重叠");
						break;
					}
				}
			}
		}
		return new CheckedRow(row, id, category, from, to, List.copyOf(problems));
	}

	private static LocalDate date(String text, LocalDate fallback, String label, List<String> problems, boolean required) {
		if (ImportRow.isBlank(text)) {
			if (fallback == null && required) {
				problems.add("缺少" + label + "（本行和本批次均未填写）");
			}
			return fallback;
		}
		LocalDate d = ImportDates.parse(text);
		if (d == null) {
			problems.add(label + "日期格式不正确（应如 2026-01-01）：" + text);
		}
		return d;
	}

	/** Closed ranges; a null end is open-ended. */
	static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
		boolean aStartsBeforeBEnds = bTo == null || !aFrom.isAfter(bTo);
		boolean bStartsBeforeAEnds = aTo == null || !bFrom.isAfter(aTo);
		return aStartsBeforeBEnds && bStartsBeforeAEnds;
	}
}
