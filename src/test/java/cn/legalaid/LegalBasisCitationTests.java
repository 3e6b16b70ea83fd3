package cn.legalaid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every legal basis the platform prints or returns (in code, screens, document templates and seeded rules) cites an
 * article for what that article is about, as digested in {@code shared/domain/legal-aid-rules.md}. Each citation found
 * in {@code src/main} must be in {@link #SUBJECTS}, and the file's name or the lines around it (the line before and after in a
 * screen, document or message; eight lines either side in code) must name the article's subject, in Chinese or in
 * the code's English. A wrong article ("签订委托协议 …《法律援助法》第四十四条", when article 44 is 先行提供)
 * fails here. The test prints the list of citations with their uses.
 */
class LegalBasisCitationTests {

	/** Law and article → words of which at least one names the article's subject (legal-aid-rules.md section). */
	private static final Map<String, String> SUBJECTS = Map.ofEntries(
			// §1 forms of aid
			Map.entry("法律援助法 2", "法律援助是|无偿|法律服务|legal aid is"),
			Map.entry("法律援助法 22", "形式|咨询|代拟|文书|代理|辩护|form|drafting"),
			Map.entry("法律援助法 23", "咨询|12348|来访|来电|网络|来信|窗口|[Cc]onsultation|channel"),
			// §3 scope and eligibility
			Map.entry("法律援助法 24", "刑事|犯罪嫌疑人|被告人|辩护|范围|[Ss]cope|criminal"),
			Map.entry("法律援助法 25", "通知|未成年|盲|聋|哑|无期徒刑|死刑|缺席|辩护人|律师担任|[Nn]otif|defen[cs]e|reaches the legal aid centre"),
			Map.entry("法律援助法 26", "三年|死刑|无期|未成年|资格|辩护经验|指派|[Qq]ualif|three years|minor|[Cc]andidate"),
			Map.entry("法律援助法 28", "强制医疗|通知|[Nn]otif"),
			Map.entry("法律援助法 29", "被害人|自诉人|附带民事|范围|[Ss]cope|victim"),
			Map.entry("法律援助法 30", "值班律师|duty lawyer"),
			Map.entry("法律援助法 31", "国家赔偿|社会保险|社会救助|抚恤|赡养|抚养|扶养|劳动|民事行为能力|工伤|交通|食品|药品|医疗|环境|生态|民事|行政|范围|事项|示例|[Ss]cope|extension|条例"),
			Map.entry("法律援助法 32", "英雄|烈士|见义勇为|再审|虐待|遗弃|家庭暴力|不受经济困难|范围|[Nn]oMeansTest|[Ss]cope"),
			Map.entry("法律援助法 33", "申诉|再审|范围|[Ss]cope|appeal"),
			Map.entry("法律援助法 34", "经济困难|标准|收入|[Hh]ardship|standard"),
			Map.entry("法律援助法 36", "通知|三日|3日|指派|公安|检察|法院|办案机关|[Nn]otif"),
			Map.entry("法律援助法 38", "办案机关|所在地|管辖|争议|发生地|有管辖权|[Jj]urisdiction|refer"),
			Map.entry("法律援助法 39", "转交|24|二十四小时|看守所|羁押|在押|监狱|[Ff]orward|reaches the legal aid centre"),
			Map.entry("法律援助法 41", "经济困难|如实|说明|承诺|材料|申请|[Hh]onesty|pledge|materials|[Aa]pplication"),
			Map.entry("法律援助法 42", "免予|免于|核查|未成年|老年|残疾|低保|特困|农民工|救助|优抚|绿卡|困难群体|无需|[Ee]xempt|[Hh]ardship|registr|look-up|verdict"),
			// §4 clocks, §5 decisions
			Map.entry("法律援助法 43", "七日|7日|审查|决定|补充|材料|受理|指派|告知|撤回|期限|[Dd]ecision|decide|grant|refuse|review|assign|deadline"),
			Map.entry("法律援助法 44", "先行|provisional"),
			Map.entry("法律援助法 48", "终止|[Tt]ermination"),
			Map.entry("法律援助法 49", "异议|司法行政|[Oo]bjection"),
			// §7 closing
			Map.entry("法律援助法 50", "结案|报告|归档|卷宗|材料|审查|[Cc]losing|case file"),
			Map.entry("法律援助法 55", "更换|投诉|进展|了解|承办人|理由|another handler|[Aa]pplicantRequests"),
			Map.entry("法律援助法 56", "投诉|[Cc]omplain"),
			Map.entry("法律援助法 57", "质量|标准|旁听|评查|回访|[Qq]uality|[Ss]cor|[Gg]rade"),
			Map.entry("法律援助法 58", "公开|公示|披露|[Dd]isclos"),
			Map.entry("法律援助法 59", "质量|评估|一案一评|评查|旁听|回访|[Qq]uality|[Ss]cor|[Gg]rade|assess"),
			// 程序规定
			Map.entry("办理法律援助案件程序规定 11", "材料|申请|materials"),
			Map.entry("办理法律援助案件程序规定 24", "指派|承办|数量|专长|执业|暂停|能力|[Rr]ank|[Qq]ualif"),
			Map.entry("办理法律援助案件程序规定 27", "委托协议|五日|5日|授权委托|agreement"),
			// other laws cited beside the Legal Aid Law
			Map.entry("律师法 39", "利益冲突|同一案件|双方|[Cc]onflict"),
			Map.entry("未成年人保护法 104", "未成年|minor"),
			Map.entry("法律援助法 64", "虚假|隐瞒|费用|罚款|欺骗"),
			Map.entry("老年人权益保障法 2", "老年|六十|60|elderly|60 years"));

	private static final Pattern CITATION = Pattern.compile(
			"《(?:中华人民共和国)?([^》]+)》((?:第[一二三四五六七八九十百零]+条(?:第[一二三四五六七八九十]+[款项])*[、至和及]?)+)");

	private static final Pattern ARTICLE = Pattern.compile("第([一二三四五六七八九十百零]+)条");

	@Test
	void everyCitedArticleIsCitedForItsSubject() throws IOException {
		List<Use> uses = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
			files.filter(Files::isRegularFile)
				.filter(p -> p.toString().matches(".*\\.(java|html|sql|properties|yml)$"))
				.forEach(p -> uses.addAll(citationsIn(p)));
		}
		Map<String, List<String>> byArticle = new TreeMap<>();
		List<String> wrong = new ArrayList<>();
		for (Use use : uses) {
			byArticle.computeIfAbsent(use.article(), a -> new ArrayList<>()).add(use.where());
			String subject = SUBJECTS.get(use.article());
			if (subject == null) {
				wrong.add(use.where() + ": 《" + use.article() + "》 is not in the checked list; check it against "
						+ "shared/domain/legal-aid-rules.md and add it with its subject");
			}
			else if (!Pattern.compile(subject, Pattern.CASE_INSENSITIVE).matcher(use.context()).find()) {
				wrong.add(use.where() + ": 《" + use.article() + "》 cited where the text names none of ("
						+ subject + "): " + use.line().strip());
			}
		}
		System.out.println("Legal bases cited in src/main (" + uses.size() + " citations of " + byArticle.size()
				+ " articles):");
		byArticle.forEach((article, where) -> System.out.println("  " + article + " ×" + where.size() + "  " + where));

		assertThat(uses).as("the scan finds the citations").hasSizeGreaterThan(100);
		assertThat(wrong).as("citations whose article does not fit what they are cited for").isEmpty();
	}

	private static List<Use> citationsIn(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Use> uses = new ArrayList<>();
		// printed text (screens, documents, messages) must name the subject next to the citation; code may name it in
		// the constant's or statement's surroundings (a policy's title, the table a default is written to)
		int around = file.toString().matches(".*\\.(html|properties)$") ? 1 : 8;
		for (int i = 0; i < lines.size(); i++) {
			Matcher citation = CITATION.matcher(lines.get(i));
			String context = file.getFileName() + "\n"
					+ String.join("\n", lines.subList(Math.max(0, i - around), Math.min(lines.size(), i + around + 1)));
			while (citation.find()) {
				String law = citation.group(1);
				Matcher article = ARTICLE.matcher(citation.group(2));
				while (article.find()) {
					uses.add(new Use(law + " " + chineseNumber(article.group(1)), file + ":" + (i + 1), lines.get(i),
							context));
				}
			}
		}
		return uses;
	}

	/** 四十四 → 44, 一百零四 → 104 (numbers below 1,000, as articles are). */
	static int chineseNumber(String text) {
		String digits = "零一二三四五六七八九";
		int total = 0;
		int current = 0;
		for (char ch : text.toCharArray()) {
			int digit = digits.indexOf(ch);
			if (digit >= 0) {
				current = digit;
			}
			else if (ch == '十') {
				total += (current == 0 ? 1 : current) * 10;
				current = 0;
			}
			else if (ch == '百') {
				total += current * 100;
				current = 0;
			}
		}
		return total + current;
	}

	@Test
	void readsChineseArticleNumbers() {
		assertThat(chineseNumber("四十四")).isEqualTo(44);
		assertThat(chineseNumber("十一")).isEqualTo(11);
		assertThat(chineseNumber("一百零四")).isEqualTo(104);
		assertThat(chineseNumber("二")).isEqualTo(2);
		assertThat(chineseNumber("三十")).isEqualTo(30);
	}

	private record Use(String article, String where, String line, String context) {
	}
}
