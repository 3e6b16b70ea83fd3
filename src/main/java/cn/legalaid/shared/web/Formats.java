package cn.legalaid.shared.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formatting for templates in China Standard Time: {@code ${@fmt.dateTime(x)}}, {@code ${@fmt.money(x)}}. */
@Component("fmt")
public class Formats {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant);
	}

	public String money(BigDecimal amount) {
		return amount == null ? "" : new DecimalFormat("#,##0.00").format(amount);
	}
}
