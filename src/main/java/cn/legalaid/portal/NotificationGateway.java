package cn.legalaid.portal;

/**
 * Sends a short text message to a phone (e.g. a one-time code). The default implementation writes to the outbox
 * table for an SMS sender to pick up; a deployment with an SMS platform provides its own bean.
 */
public interface NotificationGateway {

	void send(TextMessage message);

	/**
	 * A message to one phone.
	 *
	 * @param purpose            what it is for, e.g. {@code ACCESS_CODE}
	 * @param applicationNumber  the application it concerns, if any
	 */
	record TextMessage(String phone, String text, String purpose, String applicationNumber) {

		@Override
		public String toString() {
			return "TextMessage[" + purpose + " to " + cn.legalaid.shared.Masking.phone(phone) + "]";
		}
	}
}
