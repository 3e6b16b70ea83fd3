package cn.legalaid.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.legalaid.casework.CaseView;
import cn.legalaid.casework.PartyRole;
import cn.legalaid.eligibility.AssistanceProof;
import cn.legalaid.eligibility.ProtectedGroup;

/**
 * The values a document template may use, taken from the case (personal data in full: a document is an official
 * record given to the person and kept in the file; its printing is logged as a view of personal data):
 * {@code doc}, {@code c} (the case view), {@code client}, {@code centreName}, {@code justiceBureau}, formatted dates,
 * and the wording of the objection route of art 49 for refusals and terminations.
 */
final class DocumentValues {

	static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	static final String OBJECTION_BASIS = "《法律援助法》第四十九条";

	private DocumentValues() {
	}

	/** The document's own facts. */
	record DocumentFacts(String title, String number, String date, int version) {
	}

	static Map<String, Object> of(CaseView c, String centreName, DocumentType type, String number, LocalDate on,
			int version) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("doc", new DocumentFacts(type.nameZh(), number, CHINESE_DATE.format(on), version));
		v.put("c", c);
		v.put("centreName", centreName);
		v.put("justiceBureau", justiceBureau(centreName));
		CaseView.PartyView client = c.parties().stream().filter(p -> p.role() == PartyRole.CLIENT).findFirst().orElse(null);
		v.put("client", client);
		v.put("representative", c.parties().stream().filter(p -> p.role() == PartyRole.LEGAL_REPRESENTATIVE)
			.findFirst().orElse(null));
		v.put("adverse", c.parties().stream().filter(p -> p.role() == PartyRole.ADVERSE_PARTY)
			.map(CaseView.PartyView::name).toList());
		v.put("clientGroups", client == null ? List.of() : client.protectedGroups().stream()
			.map(g -> ProtectedGroup.valueOf(g).labelZh()).toList());
		v.put("proofLabels", c.means() == null || c.means().assistanceProofs() == null ? List.of()
				: Arrays.stream(c.means().assistanceProofs()).map(p -> AssistanceProof.valueOf(p).labelZh()).toList());
		v.put("matter", matter(c));
		v.put("categoryLabel", c.matter() == null || c.matter().category() == null ? "—" : c.matter().category().labelZh());
		v.put("proceedingStatus", c.matter() == null ? null : c.matter().proceedingStatus());
		v.put("receivedOn", date(c.receivedAt()));
		v.put("decidedOn", c.decision() == null ? null : date(c.decision().decidedAt()));
		v.put("assignedOn", c.handling() == null ? null : date(c.handling().assignedAt()));
		v.put("serviceLabel", c.matter() == null || c.matter().serviceType() == null ? "" : c.matter().serviceType().labelZh());
		v.put("stageLabel", c.matter() == null || c.matter().criminalStage() == null ? null
				: c.matter().criminalStage().labelZh());
		v.put("terminationLabel", c.terminationGround() == null ? null : c.terminationGround().labelZh());
		v.put("terminationBasis", c.terminationGround() == null ? null : c.terminationGround().legalBasis());
		v.put("materials", c.materialsReceived() == null ? List.of() : c.materialsReceived());
		v.put("missing", c.missingMaterials() == null ? List.of() : c.missingMaterials());
		v.put("objectionRoute", "如对本决定有异议，可以自收到本决定书之日起向" + justiceBureau(centreName)
				+ "提出异议，司法行政部门应当自收到异议之日起五日内进行审查，作出维持或者责令法律援助机构改正的决定（"
				+ OBJECTION_BASIS + "）。");
		v.put("objectionBasis", OBJECTION_BASIS);
		return v;
	}

	/**
	 * The matter (案由 / 事项) a document names: the cause entered, else the scope category; never the applicant's
	 * story, which is kept apart as the facts (案情简介).
	 */
	static String matter(CaseView c) {
		if (c.matter() == null) {
			return "";
		}
		if (c.matter().cause() != null && !c.matter().cause().isBlank()) {
			return c.matter().cause();
		}
		return c.matter().category() == null ? "" : c.matter().category().labelZh();
	}

	/** The justice bureau that set up the centre: 南京市玄武区法律援助中心 → 南京市玄武区司法局. */
	static String justiceBureau(String centreName) {
		if (centreName == null || centreName.isBlank()) {
			return "司法行政部门";
		}
		int at = centreName.indexOf("法律援助");
		return (at > 0 ? centreName.substring(0, at) : centreName) + "司法局";
	}

	static String date(Instant at) {
		return at == null ? null : CHINESE_DATE.format(at.atZone(java.time.ZoneId.of("Asia/Shanghai")));
	}
}
