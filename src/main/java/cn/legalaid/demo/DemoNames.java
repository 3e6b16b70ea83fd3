package cn.legalaid.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import cn.legalaid.shared.ResidentIdNumber;

/** Plausible Chinese names and words for generated demo records, from a seeded random source. */
final class DemoNames {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文斌宇浩凯晨欣怡佳琪子涵雨轩梓博";

	private static final List<String> FIRM_WORDS = List.of("正德", "金陵", "明法", "天衡", "同泽", "致远", "恒信", "博爱", "长江",
			"秦淮", "东方", "君道", "汇典", "方圆", "维和", "公诚", "华鼎", "立信", "锦程", "瑞华");

	static final List<String> SPECIALITIES = List.of("婚姻家庭", "劳动争议", "刑事辩护", "交通事故", "医疗纠纷", "合同纠纷",
			"未成年人保护", "行政诉讼", "工伤赔偿", "债务纠纷", "农民工欠薪");

	private final Random random;

	DemoNames(long seed) {
		this.random = new Random(seed);
	}

	String person() {
		String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
				+ GIVEN.charAt(random.nextInt(GIVEN.length()));
		return random.nextBoolean() ? name + GIVEN.charAt(random.nextInt(GIVEN.length())) : name;
	}

	String firmWord(int index) {
		return FIRM_WORDS.get(index % FIRM_WORDS.size());
	}

	String mobile() {
		return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
	}

	int between(int low, int high) {
		return low + random.nextInt(high - low + 1);
	}

	boolean chance(int percent) {
		return random.nextInt(100) < percent;
	}

	/** A valid resident ID number (GB 11643) of someone born in this county on this day. */
	String idNumber(String regionCode, LocalDate born, boolean male) {
		int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
		String first17 = regionCode + String.format("%04d%02d%02d", born.getYear(), born.getMonthValue(), born.getDayOfMonth())
				+ String.format("%03d", sequence);
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	private static final List<String> STREETS = List.of("中山路", "建设路", "人民路", "解放路", "和平街", "长江路", "新华街",
			"文化路", "东风路", "幸福里", "团结路", "胜利街");

	/** A street address in the place, e.g. 玄武区长江路18号3栋201室. */
	String address(String place) {
		return place + STREETS.get(random.nextInt(STREETS.size())) + (1 + random.nextInt(300)) + "号"
				+ (1 + random.nextInt(12)) + "栋" + (1 + random.nextInt(6)) + "0" + (1 + random.nextInt(4)) + "室";
	}

	<T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	int below(int bound) {
		return random.nextInt(bound);
	}

	/** Uniform between low (inclusive) and high (exclusive). */
	double uniform(double low, double high) {
		return low + random.nextDouble() * (high - low);
	}

	List<String> specialities() {
		int n = 1 + random.nextInt(3);
		return random.ints(0, SPECIALITIES.size()).distinct().limit(n).mapToObj(SPECIALITIES::get).toList();
	}
}
