package cn.legalaid.consultation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.legalaid.casework.ApplicationSource;
import cn.legalaid.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * 转为申请: a consultation opens the staff application form prefilled with the person and the topic, and the case
 * made from it is linked back in the intake transaction (casework calls {@link #linkCase}), so the consultation
 * shows the case and the case shows "来源咨询".
 */
@Component
class ConsultationApplicationSource implements ApplicationSource {

	static final String KIND = "consultation";

	private final Consultations consultations;

	ConsultationApplicationSource(Consultations consultations) {
		this.consultations = consultations;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<Map<String, String>> prefill(Actor actor, Long sourceId) {
		return consultations.visible(actor, sourceId).filter(c -> c.caseId() == null).map(c -> {
			Map<String, String> values = new LinkedHashMap<>();
			consultations.nameOf(sourceId).ifPresent(name -> values.put("client.name", name));
			consultations.phoneOf(sourceId).ifPresent(phone -> values.put("client.phone", phone));
			consultations.protectedGroupsOf(sourceId).stream().findFirst()
				.ifPresent(group -> values.put("client.protectedGroups", group));
			values.put("cause", c.topic());
			return values;
		});
	}

	@Override
	public void linkCase(Actor actor, Long sourceId, Long caseId, String applicationNumber) {
		consultations.linkCase(actor, sourceId, caseId, applicationNumber);
	}

	@Override
	public Optional<SourceLink> sourceOf(Long caseId) {
		return consultations.ofCase(caseId)
			.map(c -> new SourceLink("来源咨询", label(c), "/consultations/" + c.id()));
	}

	static String label(ConsultationRow c) {
		return "咨询#" + c.id() + " · " + c.channelLabel() + " · " + c.topic();
	}
}
