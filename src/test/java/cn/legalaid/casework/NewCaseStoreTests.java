package cn.legalaid.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import cn.legalaid.eligibility.AssistanceProof;
import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.EntryType;
import cn.legalaid.eligibility.MatterCategory;
import cn.legalaid.eligibility.ProtectedGroup;
import cn.legalaid.shared.Actor;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new case is written by {@link NewCaseStore}'s own insert, not by the aggregate mapping: reading it back through
 * the repository must give the same aggregate, field by field, for every way in, with its timeline written once.
 */
@PlatformTest
class NewCaseStoreTests {

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseRepository cases;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void anApplicationWithEveryIntakeFieldReadsBackAsItWasReceived() {
		LegalAidCase received = intake.receiveApplication(clerk(), fullApplication(Channel.HOME_VISIT));
		assertReadsBackUnchanged(received);
		assertThat(received.getVersion()).isZero();
		assertThat(timeline(received)).containsExactly("受理申请");
	}

	@Test
	void aForwardedApplicationKeepsItsForwarderAndBothClocks() {
		Forwarding forwarding = new Forwarding(ForwarderKind.DETENTION_CENTRE, "南京市看守所",
				Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS));
		LegalAidCase received = intake.receiveForwarded(clerk(), fullApplication(Channel.FORWARDED), forwarding);
		assertReadsBackUnchanged(received);
		assertThat(received.getClocks()).hasSize(2);
		assertThat(timeline(received)).containsExactly("受理申请", "收到转交申请");
	}

	@Test
	void aNotificationKeepsItsBodyKeyAndCaseNumber() {
		NewNotification n = new NewNotification("320102", NotifyingBody.COURT, "南京市玄武区人民法院", "（2026）苏0102刑初1号",
				"可能被判处无期徒刑、死刑", CaseType.CRIMINAL, MatterCategory.CRIMINAL_SUSPECT_NO_LAWYER,
				CriminalStage.TRIAL, "故意杀人罪", "320102", true,
				party("赵某某", TestIds.bornOn("19850101")), List.of("起诉书", "通知辩护函"));
		LegalAidCase received = intake.receiveNotification(clerk(), Channel.NOTIFICATION_API, n,
				"store-test-" + System.nanoTime());
		assertThat(received.getCaseNumber()).isNotBlank();
		assertReadsBackUnchanged(received);
		assertThat(timeline(received)).containsExactly("收到通知");
	}

	@Test
	void aNewCaseIsThenSavedThroughTheAggregateWithItsVersionCounted() {
		LegalAidCase received = intake.receiveApplication(clerk(), fullApplication(Channel.WINDOW));
		decisions.requestMaterials(clerk(), received.getId(), received.getVersion(), List.of("收入证明"));
		LegalAidCase after = cases.findById(received.getId()).orElseThrow();
		assertThat(after.getVersion()).isEqualTo(1);
		assertThat(after.getStatus()).isEqualTo(CaseStatus.AWAITING_MATERIALS);
		assertThat(after.getParties()).hasSize(received.getParties().size());
		assertThat(after.getClocks()).hasSize(2);
		assertThat(timeline(received)).containsExactly("受理申请", "一次性告知补充材料");
	}

	private void assertReadsBackUnchanged(LegalAidCase received) {
		LegalAidCase stored = cases.findById(received.getId()).orElseThrow();
		assertThat(stored)
			.usingRecursiveComparison()
			.ignoringFields("actor", "pending")
			.ignoringFieldsMatchingRegexes("parties\\.id", "clocks\\.id")
			.ignoringCollectionOrder()
			// PostgreSQL keeps microseconds, rounding the clock's nanoseconds
			.withEqualsForType((a, b) -> a == null ? b == null : b != null && Math.abs(java.time.Duration.between(a, b).toNanos()) < 1_000, Instant.class)
			.withEqualsForType((a, b) -> a == null ? b == null : b != null && a.compareTo(b) == 0, BigDecimal.class)
			.isEqualTo(received);
		assertThat(stored.getParties()).allSatisfy(p -> assertThat(p.id()).isNotNull());
		assertThat(stored.getClocks()).allSatisfy(k -> assertThat(k.id()).isNotNull());
	}

	private List<String> timeline(LegalAidCase c) {
		return jdbc.sql("SELECT action FROM case_event WHERE case_id = :id ORDER BY id")
			.param("id", c.getId())
			.query(String.class)
			.list();
	}

	private Actor clerk() {
		return (Actor) users.loadUserByUsername("xw.clerk");
	}

	private static NewApplication fullApplication(Channel channel) {
		PartyInput representative = new PartyInput("王大明", TestIds.bornOn("19550303"), "13900001111", "南京市玄武区某街1号",
				"城镇", Set.of(), null, null, null);
		PartyInput adverse = new PartyInput("南京某建筑劳务有限公司", null, "025-84561234", null, null, Set.of(), null,
				"南京某建筑劳务有限公司", null);
		return new NewApplication(null, null, EntryType.APPLICATION, channel, ServiceType.CIVIL_LITIGATION,
				CaseType.CIVIL, MatterCategory.LABOUR_REMUNERATION, "JS-01", "追索劳动报酬纠纷", null, "南京市玄武区人民法院",
				"320102", "320102", true, new BigDecimal("56000.50"), false,
				new PartyInput("王建国", TestIds.bornOn("19800101"), "13812345678", "南京市玄武区孝陵卫街道200号", "农村",
						Set.of(ProtectedGroup.MIGRANT_WORKER, ProtectedGroup.DISABLED), "肢体残疾", null,
						new BigDecimal("800"), "汉族"),
				representative, List.of(adverse), true, 12, 3, new BigDecimal("1500.00"),
				Set.of(AssistanceProof.MINIMUM_LIVING_ALLOWANCE, AssistanceProof.EXTREME_POVERTY), true,
				List.of("身份证复印件", "劳动合同", "欠薪证明"), "在工地做工八个月被拖欠工资", "尚未起诉", "务工收入", null, null, null);
	}

	private static PartyInput party(String name, String idNumber) {
		return new PartyInput(name, idNumber, "13700002222", "南京市玄武区某看守所", null, Set.of(), null, null, null);
	}
}
