package cn.legalaid.shared.web;

import java.math.BigDecimal;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The same checks as {@link InputScreeningFilter}, for every string and number of every JSON body: no NUL or
 * control characters, no longer than the column of the same name, no number beyond it. A refused value fails the
 * parse with {@link RejectedValue}, whose path names the field ({@code client.name}, {@code materials[0]}).
 */
final class JsonInputChecks extends SimpleModule {

	/** A value refused by these checks; its original message is the Chinese reason. */
	static final class RejectedValue extends MismatchedInputException {

		RejectedValue(JsonParser p, String reason) {
			super(p, reason);
		}
	}

	JsonInputChecks(ColumnLimits limits) {
		super("legalaid-input-checks");
		checked(String.class, StringDeserializer.instance, limits);
		for (Class<?> type : List.of(BigDecimal.class, Long.class, long.class, Double.class, double.class)) {
			checked(type, NumberDeserializers.find(type), limits);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void checked(Class<?> type, ValueDeserializer<?> standard, ColumnLimits limits) {
		addDeserializer((Class) type, (ValueDeserializer) new Checked(standard, limits));
	}

	private static final class Checked extends DelegatingDeserializer {

		private final ColumnLimits limits;

		Checked(ValueDeserializer<?> delegate, ColumnLimits limits) {
			super(delegate);
			this.limits = limits;
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
			return new Checked(newDelegatee, limits);
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext ctxt) {
			Object value = super.deserialize(p, ctxt);
			String problem = problem(inputName(p.streamReadContext()), value);
			if (problem != null) {
				throw new RejectedValue(p, problem);
			}
			return value;
		}

		private String problem(String name, Object value) {
			if (value instanceof String s) {
				String problem = InputText.problem(s);
				return problem != null ? problem : limits.lengthProblem(name, s);
			}
			if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
				return "数值超出允许范围";
			}
			if (value instanceof Number n) {
				return limits.rangeProblem(name, n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
			}
			return null;
		}

		/** The name of the nearest enclosing property: {@code name} inside {@code parties[2].name}. */
		private static String inputName(TokenStreamContext context) {
			for (TokenStreamContext c = context; c != null; c = c.getParent()) {
				if (c.inObject() && c.currentName() != null) {
					return c.currentName();
				}
			}
			return null;
		}
	}
}
