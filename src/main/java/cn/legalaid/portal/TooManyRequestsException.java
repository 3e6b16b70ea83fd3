package cn.legalaid.portal;

/** A client went over one of the portal's limits; answered with HTTP 429 and a Chinese page. */
class TooManyRequestsException extends RuntimeException {

	TooManyRequestsException() {
		super("操作过于频繁，请稍后再试");
	}
}
