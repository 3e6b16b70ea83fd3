package cn.legalaid.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What the portal keeps in the visitor's HTTP session: the public reference whose code was just requested with the
 * requester key of that request (a keyed hash of reference and phone, never the phone), the reference the visitor
 * proved to own (one at a time), and the receipt just issued. The sequential application number is never kept.
 */
final class PortalAccess {

	private static final String PENDING = "portal.pendingApplication";

	private static final String PENDING_REQUESTER = "portal.pendingRequester";

	private static final String VERIFIED = "portal.verifiedApplication";

	private static final String RECEIPT = "portal.receipt";

	private PortalAccess() {
	}

	static void codeRequested(HttpServletRequest request, String publicReference, String requesterKey) {
		HttpSession session = request.getSession(true);
		session.setAttribute(PENDING, publicReference);
		session.setAttribute(PENDING_REQUESTER, requesterKey);
	}

	/** The reference whose code was requested last, or null. */
	static String pending(HttpServletRequest request) {
		return attribute(request, PENDING_REQUESTER) == null ? null : attribute(request, PENDING);
	}

	/** The requester key of the last code request, or null. */
	static String pendingRequester(HttpServletRequest request) {
		return attribute(request, PENDING_REQUESTER);
	}

	/** The visitor proved to own the application: a new session id (no fixation), access to that one only. */
	static void verified(HttpServletRequest request, String publicReference) {
		HttpSession session = request.getSession(true);
		request.changeSessionId();
		session.removeAttribute(PENDING);
		session.removeAttribute(PENDING_REQUESTER);
		session.setAttribute(VERIFIED, publicReference);
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

	static void receiptIssued(HttpServletRequest request, String publicReference) {
		request.getSession(true).setAttribute(RECEIPT, publicReference);
	}

	static String receipt(HttpServletRequest request) {
		return attribute(request, RECEIPT);
	}

	private static String attribute(HttpServletRequest request, String name) {
		HttpSession session = request.getSession(false);
		return session == null ? null : (String) session.getAttribute(name);
	}
}
