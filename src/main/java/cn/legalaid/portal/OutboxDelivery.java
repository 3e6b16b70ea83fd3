package cn.legalaid.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.legalaid.shared.crypto.PersonalDataProtector;
import cn.legalaid.shared.sms.SmsDeliveryException;
import cn.legalaid.shared.sms.SmsMessage;
import cn.legalaid.shared.sms.SmsProperties;
import cn.legalaid.shared.sms.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers {@code notification_outbox} through the configured {@link SmsSender}: a message is tried right after the
 * transaction that queued it commits (on a small thread pool of its own, so the visitor's answer does not wait for
 * the SMS platform and takes as long whether or not a code was sent), and {@link OutboxDeliveryJob} tries again
 * what failed, once per cluster, waiting longer after each failure ({@code legalaid.sms.delivery.*}).
 * <p>
 * Each try locks its row ({@code FOR UPDATE SKIP LOCKED}), so a message is never sent twice at once by two nodes or
 * by the job and the first try. It records {@code attempts}, {@code last_attempt_at} and {@code last_error} (the
 * provider's status or the kind of error, never the phone or the text). Once a message is SENT — or FAILED after the
 * last try, or EXPIRED because its code is no longer valid — its encrypted phone and text are removed; what remains
 * is what staff need: the masked phone, the purpose, the application number, the state and the times. The code
 * itself lives on only as the keyed hash in {@code portal_access_code}.
 */
@Component
class OutboxDelivery implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	enum Outcome {
		SENT, RETRY, FAILED, EXPIRED, SKIPPED
	}

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final SmsSender sender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final SmsProperties.Delivery settings;

	private final Executor executor;

	private final ThreadPoolExecutor ownPool;

	@Autowired
	OutboxDelivery(JdbcClient jdbc, PersonalDataProtector protector, SmsSender sender,
			PlatformTransactionManager transactionManager, Optional<Clock> clock, SmsProperties properties) {
		this(jdbc, protector, sender, transactionManager, clock.orElse(Clock.systemUTC()), properties.delivery(), null);
	}

	/** For tests: runs the first try on the given executor (e.g. {@code Runnable::run}). */
	OutboxDelivery(JdbcClient jdbc, PersonalDataProtector protector, SmsSender sender,
			PlatformTransactionManager transactionManager, Clock clock, SmsProperties.Delivery settings, Executor executor) {
		this.jdbc = jdbc;
		this.protector = protector;
		this.sender = sender;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.settings = settings;
		if (executor == null) {
			AtomicInteger threads = new AtomicInteger();
			// a bounded queue: when it is full, the job sends the rest a little later
			this.ownPool = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1000), r -> {
				Thread t = new Thread(r, "sms-delivery-" + threads.incrementAndGet());
				t.setDaemon(true);
				return t;
			}, new ThreadPoolExecutor.AbortPolicy());
			this.ownPool.allowCoreThreadTimeOut(true);
			this.executor = ownPool;
		}
		else {
			this.ownPool = null;
			this.executor = executor;
		}
	}

	/** Tries the message once the current transaction has committed (at once when there is none). */
	void deliverAfterCommit(long id) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliverSoon(id);
				}
			});
		}
		else {
			deliverSoon(id);
		}
	}

	private void deliverSoon(long id) {
		try {
			executor.execute(() -> {
				try {
					deliver(id);
				}
				catch (RuntimeException ex) {
					log.warn("Text message #{} not delivered now, the outbox job tries again: {}", id,
							ex.getClass().getSimpleName());
				}
			});
		}
		catch (RejectedExecutionException ex) {
			log.warn("Text message #{} left to the outbox job (delivery queue full)", id);
		}
	}

	/** Messages due, oldest first: tries up to {@code limit} of them; returns how many were sent. */
	int deliverDue(int limit) {
		List<Long> due = jdbc.sql("""
				SELECT id FROM notification_outbox
				WHERE status = 'PENDING' AND next_attempt_at <= :now AND expires_at > :now
				ORDER BY next_attempt_at, id LIMIT :limit""")
			.param("now", Timestamp.from(clock.instant()))
			.param("limit", limit)
			.query(Long.class)
			.list();
		int sent = 0;
		for (long id : due) {
			if (deliver(id) == Outcome.SENT) {
				sent++;
			}
		}
		return sent;
	}

	/** Pending messages no longer worth sending (their code has expired) are given up and their secrets removed. */
	int expireOverdue() {
		return jdbc.sql("""
				UPDATE notification_outbox SET status = 'EXPIRED', text_cipher = NULL, recipient_cipher = NULL
				WHERE status = 'PENDING' AND expires_at <= :now""")
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** One try of one message, if it is pending and due and no one else is trying it just now. */
	Outcome deliver(long id) {
		return transactions.execute(status -> {
			Instant now = clock.instant();
			record Pending(String recipient, String masked, String text, String purpose, int attempts, Instant expiresAt) {
			}
			Optional<Pending> row = jdbc.sql("""
					SELECT recipient_cipher, recipient_masked, text_cipher, purpose, attempts, expires_at
					FROM notification_outbox
					WHERE id = :id AND status = 'PENDING' AND next_attempt_at <= :now
					FOR UPDATE SKIP LOCKED""")
				.param("id", id)
				.param("now", Timestamp.from(now))
				.query((rs, i) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getInt(5), rs.getTimestamp(6).toInstant()))
				.optional();
			if (row.isEmpty()) {
				return Outcome.SKIPPED;
			}
			Pending p = row.get();
			if (!p.expiresAt().isAfter(now)) {
				finish(id, "EXPIRED", p.attempts(), null, null, null);
				log.info("Text message {} #{} to {} expired unsent", p.purpose(), id, p.masked());
				return Outcome.EXPIRED;
			}
			int attempts = p.attempts() + 1;
			try {
				sender.send(new SmsMessage(protector.decrypt(p.recipient()), protector.decrypt(p.text())));
			}
			catch (RuntimeException ex) {
				String error = ex instanceof SmsDeliveryException ? ex.getMessage() : ex.getClass().getSimpleName();
				error = error == null ? "unknown error" : error.length() > 300 ? error.substring(0, 300) : error;
				Instant next = now.plus(settings.waitAfter(attempts));
				if (attempts >= settings.maxAttempts() || !next.isBefore(p.expiresAt())) {
					finish(id, "FAILED", attempts, now, null, error);
					log.warn("Text message {} #{} to {} given up after {} attempts: {}", p.purpose(), id, p.masked(),
							attempts, error);
					return Outcome.FAILED;
				}
				jdbc.sql("""
						UPDATE notification_outbox
						SET attempts = :attempts, last_attempt_at = :now, next_attempt_at = :next, last_error = :error
						WHERE id = :id""")
					.param("attempts", attempts)
					.param("now", Timestamp.from(now))
					.param("next", Timestamp.from(next))
					.param("error", error)
					.param("id", id)
					.update();
				log.warn("Text message {} #{} to {} not sent (attempt {}), next try at {}: {}", p.purpose(), id, p.masked(),
						attempts, next, error);
				return Outcome.RETRY;
			}
			finish(id, "SENT", attempts, now, now, null);
			log.info("Text message {} #{} sent to {} (attempt {})", p.purpose(), id, p.masked(), attempts);
			return Outcome.SENT;
		});
	}

	/** The final state: the encrypted phone and text go, the facts for staff stay. */
	private void finish(long id, String state, int attempts, Instant attemptAt, Instant sentAt, String error) {
		jdbc.sql("""
				UPDATE notification_outbox
				SET status = :state, attempts = :attempts, last_attempt_at = coalesce(:attemptAt, last_attempt_at),
				    sent_at = :sentAt, last_error = coalesce(:error, CASE WHEN :state = 'SENT' THEN NULL ELSE last_error END),
				    text_cipher = NULL, recipient_cipher = NULL
				WHERE id = :id""")
			.param("state", state)
			.param("attempts", attempts)
			.param("attemptAt", attemptAt == null ? null : Timestamp.from(attemptAt))
			.param("sentAt", sentAt == null ? null : Timestamp.from(sentAt))
			.param("error", error)
			.param("id", id)
			.update();
	}

	@Override
	public void destroy() {
		if (ownPool != null) {
			ownPool.shutdown();
		}
	}
}
