package cn.legalaid.casework;

import cn.legalaid.shared.StateConflictException;

/** A transition the case's current state does not allow; answered with 409 and a Chinese message. */
public class IllegalTransitionException extends StateConflictException {

	public IllegalTransitionException(String message) {
		super("status", message);
	}
}
