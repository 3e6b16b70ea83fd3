package cn.legalaid.deadlines;

/** What a paused clock has left of its period, in the unit of its rule (e.g. 5 个工作日). */
public record TimeLeft(int amount, TimeUnit unit) {

	public TimeLeft {
		amount = Math.max(0, amount);
	}

	/** As a paused clock shows it: "暂停中，剩余5个工作日". */
	@com.fasterxml.jackson.annotation.JsonProperty("label")
	public String label() {
		return "暂停中，剩余" + amount + unit.labelZh();
	}
}
