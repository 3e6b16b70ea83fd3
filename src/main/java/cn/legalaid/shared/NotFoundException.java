package cn.legalaid.shared;

/** A record does not exist or lies outside the actor's data scope: both answer 404 so that nothing leaks. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
