package cn.legalaid.deadlines;

/** What the official calendar says about a date that is not an ordinary weekday or weekend day. */
public enum DayKind {
	/** 法定节假日: a public holiday (no work). */
	HOLIDAY,
	/** 调休上班: a weekend day that is an official working day. */
	WORKDAY
}
