package cn.legalaid.consultation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks a registration and answers every problem at once, in Chinese. Channels and the batch/people split follow
 * 《法律援助法》第二十三条 and the statistics of consultations by channel (来访批次/人次, 来电, 网络, 来信).
 */
final class ConsultationRules {

	static final int MAX_PEOPLE_IN_BATCH = 1000;

	private ConsultationRules() {
	}

	static Map<String, String> problems(NewConsultation c, boolean topicActive, Instant now) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (c.channel() == null) {
			errors.put("channel", "请选择咨询方式");
		}
		if (c.topicId() == null || !topicActive) {
			errors.put("topicId", "请选择咨询事项");
		}
		if (blank(c.question())) {
			errors.put("question", "请填写咨询问题");
		}
		else if (c.question().length() > 2000) {
			errors.put("question", "咨询问题不能超过2000个字");
		}
		if (c.answer() != null && c.answer().length() > 4000) {
			errors.put("answer", "解答内容不能超过4000个字");
		}
		if (c.people() != null && (c.people() < 1 || c.people() > MAX_PEOPLE_IN_BATCH)) {
			errors.put("people", "来访人数应在1至" + MAX_PEOPLE_IN_BATCH + "人之间");
		}
		if (c.people() != null && c.people() > 1 && c.channel() != null && c.channel() != ConsultationChannel.VISIT) {
			errors.put("people", "只有来访可按批次登记多人");
		}
		if (c.hotline12348() && c.channel() != null && c.channel() != ConsultationChannel.PHONE) {
			errors.put("hotline12348", "12348热线只适用于来电咨询");
		}
		if (!blank(c.phone()) && !c.phone().trim().matches("^1\\d{10}$|^0\\d{2,3}-?\\d{7,8}$")) {
			errors.put("phone", "联系电话格式不正确");
		}
		if (c.personName() != null && c.personName().length() > 100) {
			errors.put("personName", "姓名不能超过100个字");
		}
		if (c.durationMinutes() != null && (c.durationMinutes() < 0 || c.durationMinutes() > 600)) {
			errors.put("durationMinutes", "咨询时长应在0至600分钟之间");
		}
		if (c.result() == null) {
			errors.put("result", "请选择处理结果");
		}
		else if (c.result() == ConsultationResult.APPLICATION) {
			errors.put("result", "“转为申请”请在登记后点击“转为申请”办理");
		}
		else if (c.result() == ConsultationResult.REFERRED && blank(c.referredTo())) {
			errors.put("referredTo", "请填写引导至的部门");
		}
		if (c.consultedAt() != null && c.consultedAt().isAfter(now.plusSeconds(60))) {
			errors.put("consultedAt", "咨询时间不能晚于现在");
		}
		return errors;
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
