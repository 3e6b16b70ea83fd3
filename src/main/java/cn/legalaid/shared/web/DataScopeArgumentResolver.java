package cn.legalaid.shared.web;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.CurrentActor;
import cn.legalaid.shared.DataScope;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets controllers declare a {@link DataScope} or {@link Actor} parameter: the signed-in actor's. */
class DataScopeArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == DataScope.class || type == Actor.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Actor actor = CurrentActor.require();
		return parameter.getParameterType() == Actor.class ? actor : actor.dataScope();
	}
}
