package cn.legalaid.quality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.ResidentIdNumber;

/**
 * What a complaint must have. Some things refuse it outright (no respondent, no channel, a malformed ID number): a
 * 422 naming the field, nothing saved. Others are items the complainant can supply later: the complaint is saved as
 * {@link ComplaintStatus#INCOMPLETE} with one notice listing every missing item at once (一次性告知).
 */
final class ComplaintRules {

	static final int FACTS_MAX = 4000;

	private ComplaintRules() {
	}

	/** Refuses what cannot be registered at all. */
	static void check(NewComplaint c, Instant now) {
		if (c.respondents() == null || c.respondents().stream().allMatch(r -> r == null || r.kind() == null && blank(r.name()))) {
			throw new BusinessRuleException("respondents", "请至少填写一个投诉对象");
		}
		for (NewComplaint.Respondent r : c.respondents()) {
			if (r == null) {
				continue;
			}
			if (r.kind() == null) {
				throw new BusinessRuleException("respondents", "请选择投诉对象的类别（法律援助机构、律师事务所、承办人员或工作人员）");
			}
			if (blank(r.name()) && r.practitionerId() == null && r.providerId() == null && blank(r.organisationCode())
					&& blank(r.staffUsername())) {
				throw new BusinessRuleException("respondents", "请填写投诉对象的名称或姓名");
			}
		}
		if (c.channel() == null) {
			throw new BusinessRuleException("channel", "请选择投诉渠道（网上、窗口、电话或来信）");
		}
		if (c.situation() == null) {
			throw new BusinessRuleException("situation", "请选择投诉情形");
		}
		NewComplaint.Complainant who = c.complainant();
		if (who != null && !blank(who.idNumber())) {
			String problem = ResidentIdNumber.problem(who.idNumber().trim());
			if (problem != null) {
				throw new BusinessRuleException("idNumber", "投诉人身份证号码有误：" + problem);
			}
		}
		if (who != null && !blank(who.phone()) && !who.phone().trim().matches("[0-9+\\- ]{7,20}")) {
			throw new BusinessRuleException("phone", "投诉人联系电话格式不正确");
		}
		if (c.facts() != null && c.facts().length() > FACTS_MAX) {
			throw new BusinessRuleException("facts", "投诉事实和理由不超过" + FACTS_MAX + "字");
		}
		if (c.receivedAt() != null && c.receivedAt().isAfter(now)) {
			throw new BusinessRuleException("receivedAt", "收到投诉的时间不能晚于现在");
		}
	}

	/** Every item still missing, in the order the notice lists them; empty when the complaint is complete. */
	static List<String> missing(NewComplaint.Complainant who, String facts, String request) {
		List<String> missing = new ArrayList<>();
		if (who == null || blank(who.name())) {
			missing.add("投诉人姓名");
		}
		if (who == null || blank(who.idNumber())) {
			missing.add("投诉人身份证件号码");
		}
		if (who == null || blank(who.phone()) && blank(who.address())) {
			missing.add("投诉人联系方式（电话或地址）");
		}
		if (blank(facts)) {
			missing.add("投诉的具体事实和理由");
		}
		if (blank(request)) {
			missing.add("明确的投诉请求");
		}
		return missing;
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static String trim(String s) {
		return blank(s) ? null : s.trim();
	}
}
