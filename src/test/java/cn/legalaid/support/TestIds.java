package cn.legalaid.support;

import java.util.concurrent.atomic.AtomicInteger;

import cn.legalaid.shared.ResidentIdNumber;

/** Valid, distinct resident ID numbers for tests. */
public final class TestIds {

	private static final AtomicInteger SEQ = new AtomicInteger(100);

	private TestIds() {
	}

	/** A valid ID number born on the given date (yyyyMMdd) in 玄武区. */
	public static String bornOn(String yyyyMMdd) {
		String first17 = "320102" + yyyyMMdd + String.format("%03d", SEQ.getAndIncrement() % 1000);
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}
}
