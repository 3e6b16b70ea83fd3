package cn.legalaid.quality;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.shared.BusinessRuleException;
import org.springframework.util.MultiValueMap;

import static cn.legalaid.quality.ComplaintRules.blank;

/** Reads the complaint screens' forms (staff and portal) into the procedure's requests; a malformed value is a 422. */
final class ComplaintForms {

	private ComplaintForms() {
	}

	/** The registration form; respondents are the rows respondentKind / respondentName / respondentPractitionerId. */
	static NewComplaint parse(MultiValueMap<String, String> p) {
		List<String> kinds = p.getOrDefault("respondentKind", List.of());
		List<String> names = p.getOrDefault("respondentName", List.of());
		List<String> ids = p.getOrDefault("respondentPractitionerId", List.of());
		List<NewComplaint.Respondent> respondents = new ArrayList<>();
		for (int i = 0; i < Math.max(kinds.size(), names.size()); i++) {
			String kind = i < kinds.size() ? kinds.get(i) : null;
			String name = i < names.size() ? names.get(i) : null;
			String id = i < ids.size() ? ids.get(i) : null;
			if (blank(name) && blank(id)) {
				continue;
			}
			respondents.add(new NewComplaint.Respondent(choice(kind, RespondentKind.class), name, null, null,
					number(id, "respondents", "承办人员编号"), null));
		}
		LocalDateTime received = null;
		if (!blank(p.getFirst("receivedAt"))) {
			try {
				received = LocalDateTime.parse(p.getFirst("receivedAt").trim());
			}
			catch (DateTimeParseException ex) {
				throw new BusinessRuleException("receivedAt", "收到投诉的时间格式不正确");
			}
		}
		return new NewComplaint(p.getFirst("centreCode"), number(p.getFirst("caseId"), "caseId", "案件编号"),
				choice(p.getFirst("channel"), ComplaintChannel.class),
				new NewComplaint.Complainant(choice(p.getFirst("complainantKind"), ComplainantKind.class),
						p.getFirst("complainantName"), p.getFirst("idNumber"), p.getFirst("phone"), p.getFirst("address")),
				choice(p.getFirst("situation"), ComplaintSituation.class), p.getFirst("facts"), p.getFirst("request"),
				respondents, received == null ? null : received.atZone(DeadlineCalculator.ZONE).toInstant());
	}

	static ComplaintSteps.Decision decision(MultiValueMap<String, String> p) {
		ComplaintSteps.Suspension suspension = null;
		if (!blank(p.getFirst("suspendFrom")) || !blank(p.getFirst("suspendTo"))) {
			suspension = new ComplaintSteps.Suspension(number(p.getFirst("suspendPractitionerId"), "suspension", "承办人员"),
					date(p, "suspendFrom"), date(p, "suspendTo"), p.getFirst("suspendReason"));
		}
		return new ComplaintSteps.Decision(integer(p, "version"), choice(p.getFirst("outcome"), ComplaintOutcome.class),
				p.getFirst("reasons"), suspension, "true".equals(p.getFirst("referToBarAssociation")),
				number(p.getFirst("withholdSubsidyCaseId"), "withholdSubsidyCaseId", "暂停补贴的案件"));
	}

	static <E extends Enum<E>> E choice(String value, Class<E> type) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static Integer integer(MultiValueMap<String, String> p, String field) {
		Long n = number(p.getFirst(field), field, field.equals("version") ? "版本号" : "天数");
		return n == null ? null : n.intValue();
	}

	static Long number(String value, String field, String label) {
		if (blank(value)) {
			return null;
		}
		try {
			return Long.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new BusinessRuleException(field, label + "应为数字");
		}
	}

	static LocalDate date(MultiValueMap<String, String> p, String field) {
		String v = p.getFirst(field);
		if (blank(v)) {
			return null;
		}
		try {
			return LocalDate.parse(v.trim());
		}
		catch (DateTimeParseException ex) {
			throw new BusinessRuleException(field, "日期格式不正确，应为 yyyy-MM-dd");
		}
	}
}
