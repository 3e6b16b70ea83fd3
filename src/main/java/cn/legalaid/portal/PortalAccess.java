package cn.legalaid.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What the portal keeps in the visitor's HTTP session: the application whose code was just requested, the one the
 * visitor proved to own (one at a time), and the receipt just issued.
 */
final class PortalAccess {

	private static final String PENDING = "portal.pendingApplication";

	private static final String VERIFIED = "portal.verifiedApplication";

	private static final String RECEIPT = "portal.receipt";

	private PortalAccess() {
	}

	static void codeRequested(HttpServletRequest request, String applicationNumber) {
		request.getSession(true).setAttribute(PENDING, applicationNumber);
	}

	static String pending(HttpServletRequest request) {
		return attribute(request, PENDING);
	}

	/** The visitor proved to own the application: a new session id (no fixation), access to that one only. */
	static void verified(HttpServletRequest request, String applicationNumber) {
		HttpSession session = request.getSession(true);
		request.changeSessionId();
		session.removeAttribute(PENDING);
		session.setAttribute(VERIFIED, applicationNumber);
	}

	static String verified(HttpServletRequest request) {
		return attribute(request, VERIFIED);
	}

	static void leave(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(VERIFIED);
		}
	}

	static void receiptIssued(HttpServletRequest request, String applicationNumber) {
		request.getSession(true).setAttribute(RECEIPT, applicationNumber);
	}

	static String receipt(HttpServletRequest request) {
		return attribute(request, RECEIPT);
	}

	private static String attribute(HttpServletRequest request, String name) {
		HttpSession session = request.getSession(false);
		return session == null ? null : (String) session.getAttribute(name);
	}
}
