package cn.legalaid.shared.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * DEMO PROFILE ONLY: a simulated phone inbox. Every message the configured sender has sent is also kept here, text
 * included, in this node's memory (the latest {@value #CAPACITY}, gone on restart, never in the database), so the
 * demo portal can show a citizen the code that "arrived" on their phone ({@code /portal/demo/inbox}). Outside the
 * demo profile this bean, and so the page, does not exist.
 */
@Component
@Profile("demo")
public class DemoSmsInbox {

	static final int CAPACITY = 500;

	/** A message as it arrived on the simulated phone. */
	public record Received(String phone, String text, Instant receivedAt) {

		@Override
		public String toString() {
			return "Received[" + cn.legalaid.shared.Masking.phone(phone) + " at " + receivedAt + "]";
		}
	}

	private final Deque<Received> messages = new ArrayDeque<>();

	private final Clock clock;

	public DemoSmsInbox(Optional<Clock> clock) {
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The messages that reached this phone, newest first. */
	public synchronized List<Received> to(String phone) {
		String wanted = phone == null ? "" : phone.trim();
		return messages.stream().filter(m -> m.phone().equals(wanted)).toList();
	}

	synchronized void keep(SmsMessage message) {
		messages.addFirst(new Received(message.phone(), message.text(), clock.instant()));
		while (messages.size() > CAPACITY) {
			messages.removeLast();
		}
	}

	/** The sender that sends through the given one and keeps what it sent here. */
	SmsSender keeping(SmsSender sender) {
		return new SmsSender() {

			@Override
			public void send(SmsMessage message) {
				sender.send(message);
				keep(message);
			}

			@Override
			public String toString() {
				return sender + " + demo inbox";
			}
		};
	}
}
