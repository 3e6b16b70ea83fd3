package cn.legalaid.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.legalaid.casework.Channel;
import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.shared.Masking;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A year of consultations (咨询, art 23) per county centre and its workstations: visits (some in groups), calls
 * (many on the 12348 hotline), online and letters, on the configured topics; phones encrypted and masked as the
 * consultation module stores them. Some window applications of the year began as a consultation turned into an
 * application (转为申请), linked both ways as the intake transaction links them.
 */
final class DemoConsultations {

	private static final Map<String, List<String>> QUESTIONS = Map.ofEntries(
			Map.entry("工伤事故赔偿", List.of("在工地受伤，单位不给申报工伤怎么办？", "工伤认定需要准备哪些材料？")),
			Map.entry("劳动报酬", List.of("老板拖欠三个月工资，如何讨要？", "没有签劳动合同能否要求双倍工资？")),
			Map.entry("债务纠纷", List.of("借给朋友的钱到期不还，没有借条怎么办？", "被人冒名贷款，如何维权？")),
			Map.entry("医疗纠纷", List.of("手术后出现并发症，如何申请医疗损害鉴定？", "医院拒绝提供病历怎么办？")),
			Map.entry("合同纠纷", List.of("房东不退押金怎么办？", "网购商品质量问题商家拒绝退货")),
			Map.entry("承包地纠纷", List.of("村里调整承包地没有通知本人，是否合法？", "土地被征收补偿款如何分配？")),
			Map.entry("伤害赔偿", List.of("被狗咬伤，狗主人拒绝赔偿", "孩子在学校受伤，学校是否担责？")),
			Map.entry("婚姻家庭", List.of("离婚后对方不付抚养费，能否强制执行？", "子女不尽赡养义务，老人如何起诉？")),
			Map.entry("交通事故赔偿", List.of("交通事故对方全责但不赔偿，怎么办？", "交通事故伤残鉴定怎么申请？")),
			Map.entry("刑事程序与时限", List.of("家属被刑事拘留，多久必须通知家属？", "取保候审需要什么条件？")),
			Map.entry("房屋土地", List.of("老房子拆迁补偿标准如何确定？", "宅基地被邻居占用怎么办？")),
			Map.entry("其他", List.of("如何申请法律援助？需要哪些材料？", "法律援助是否收费？")));

	private static final List<String> REFERRALS = List.of("劳动人事争议仲裁委员会", "人民调解委员会", "人民法院诉讼服务中心",
			"市场监督管理局", "信访部门");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PersonalDataProtector protector;

	DemoConsultations(JdbcClient jdbc, JdbcTemplate template, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.template = template;
		this.protector = protector;
	}

	int write(DemoCounties counties, List<CaseDraft> cases, DemoNames names, LocalDate today) {
		Map<String, Long> topics = new HashMap<>();
		jdbc.sql("SELECT name, id FROM consultation_topic WHERE active ORDER BY sort_order, id")
			.query((rs, i) -> topics.put(rs.getString(1), rs.getLong(2))).list();
		List<String> topicNames = new ArrayList<>(QUESTIONS.keySet().stream().filter(topics::containsKey).sorted().toList());
		if (topicNames.isEmpty()) {
			return 0;
		}
		BulkInsert rows = new BulkInsert("consultation", "channel", "hotline_12348 boolean", "people int", "topic_id bigint",
				"person_name", "phone_enc", "phone_index", "phone_masked", "protected_groups text[]", "question", "answer",
				"answered_by bigint", "answered_by_name", "duration_minutes int", "result", "referred_to", "case_id bigint",
				"case_label", "unit_id bigint", "unit_path", "consulted_at timestamptz");
		for (DemoCounties.County county : counties.counties) {
			int n = switch (county.code()) {
				case DemoData.XUANWU -> 500;
				case DemoData.GULOU -> 200;
				default -> 30 + names.below(15);
			};
			for (int i = 0; i < n; i++) {
				String topic = names.pick(topicNames);
				int r = names.below(100);
				String channel = r < 40 ? "VISIT" : r < 80 ? "PHONE" : r < 95 ? "ONLINE" : "LETTER";
				boolean hotline = "PHONE".equals(channel) && names.chance(60);
				int people = "VISIT".equals(channel) && names.chance(5) ? names.between(2, 8) : 1;
				String name = hotline && names.chance(25) ? null : names.person();
				String phone = !"LETTER".equals(channel) && names.chance(70) ? names.mobile() : null;
				int result = names.below(100);
				String outcome = result < 84 ? "ANSWERED" : result < 93 ? "REFERRED" : "DOCUMENT_DRAFTED";
				boolean atOutpost = !county.workstations().isEmpty() && "VISIT".equals(channel) && names.chance(25);
				DemoCounties.Outpost outpost = atOutpost ? names.pick(county.workstations()) : null;
				LocalDate day = today.minusDays(1 + names.below(365));
				Instant at = day.atStartOfDay(DeadlineCalculator.ZONE)
					.plusMinutes(hotline ? names.between(8 * 60, 20 * 60) : names.between(8 * 60 + 30, 17 * 60 + 20)).toInstant();
				rows.row(channel, hotline, people, topics.get(topic), name, protector.encrypt(phone),
						protector.blindIndex(phone), phone == null ? null : Masking.phone(phone),
						groups(topic, names), names.pick(QUESTIONS.get(topic)), answer(outcome), county.clerk().id(),
						county.clerk().name(), names.between(3, 40), outcome,
						"REFERRED".equals(outcome) ? names.pick(REFERRALS) : null, null, null,
						outpost == null ? county.id() : outpost.id(), outpost == null ? county.path() : outpost.path(), at);
			}
		}
		for (CaseDraft d : cases) {
			if (d.channel == Channel.WINDOW && names.chance(12)) {
				CaseDraft.Party client = d.parties.get(0);
				String topic = topicOf(d, topics);
				rows.row("VISIT", false, 1, topics.get(topic), client.name(), protector.encrypt(client.phone()),
						protector.blindIndex(client.phone()), Masking.phone(client.phone()), client.protectedGroups(),
						"咨询" + (d.cause == null ? "" : d.cause) + "能否申请法律援助", "经初步审查符合法律援助条件，当场引导填写申请",
						d.county.clerk().id(), d.county.clerk().name(), names.between(10, 30), "APPLICATION", null, d.id,
						d.applicationNumber, d.county.id(), d.county.path(),
						d.receivedAt.minus(Duration.ofMinutes(names.between(10, 90))));
			}
		}
		return rows.execute(template);
	}

	private static String topicOf(CaseDraft d, Map<String, Long> topics) {
		String code = d.kind == null ? "" : d.kind.code();
		String topic = switch (code) {
			case "WAGES", "WAGES_NEGOTIATION" -> "劳动报酬";
			case "WORK_INJURY" -> "工伤事故赔偿";
			case "TRAFFIC" -> "交通事故赔偿";
			case "MAINTENANCE", "DOMESTIC_VIOLENCE", "DRAFTING" -> "婚姻家庭";
			case "MEDICAL" -> "医疗纠纷";
			case "DEFENCE_APPLIED", "VICTIM" -> "刑事程序与时限";
			default -> "其他";
		};
		return topics.containsKey(topic) ? topic : topics.keySet().iterator().next();
	}

	private static String[] groups(String topic, DemoNames names) {
		if (topic.equals("劳动报酬") || topic.equals("工伤事故赔偿")) {
			return names.chance(70) ? new String[] { "MIGRANT_WORKER" } : new String[0];
		}
		return names.chance(15) ? new String[] { "ELDERLY" } : new String[0];
	}

	private static String answer(String outcome) {
		return switch (outcome) {
			case "REFERRED" -> "已告知其向有关部门反映，并说明所需材料";
			case "DOCUMENT_DRAFTED" -> "已代为起草相关法律文书并说明使用方法";
			default -> "已当场解答，告知相关法律规定及申请法律援助的条件";
		};
	}
}
