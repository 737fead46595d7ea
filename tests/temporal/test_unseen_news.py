"""A held-out set of news sentences, written for this test and never used to tune the rules.

Each row is a sentence as a wire story or a paper would print it, the day it was published, and every
temporal expression a TimeML annotator would mark in it, with its TIMEX3 value as the resolution rules of
issue 3 decide it (README, "How dates are resolved"). An empty list means nothing in the sentence is a
temporal expression: the traps ("may", "March" the verb, "Sunday Times", "Windows 11") must stay untagged.
The expectations were decided before running the tagger; rows it still gets wrong are marked xfail with
the reason, so they stay visible.
"""

from __future__ import annotations

from datetime import date

import pytest

from chronology.temporal import tag

Expected = list[tuple[str, str]]

# Publication days, named by what makes them interesting.
MON_NEW_YEAR = date(2022, 1, 3)  # a Monday paper just after a year boundary (ISO week 2022-W01)
MON_2023 = date(2023, 1, 2)  # another Monday on a year boundary
LEAP_FRIDAY = date(2024, 3, 1)  # the day after 29 February
SUNDAY = date(2023, 10, 8)
THURSDAY = date(2022, 3, 3)
TUESDAY = date(2021, 9, 7)
MONDAY = date(2021, 9, 6)
MID_DECEMBER = date(2021, 12, 15)

CASES: list[tuple[str, str, date, Expected]] = [
    # --- politics ---
    (
        "politics-late-monday",
        "The Senate passed the spending bill late on Monday.",
        TUESDAY,
        [("Monday", "2021-09-06")],
    ),
    ("politics-future-weekday", "Lawmakers will vote on the measure Tuesday.", MONDAY, [("Tuesday", "2021-09-07")]),
    (
        "politics-weekday-alone",
        "Officials said Tuesday the bridge would reopen.",
        date(2022, 10, 11),
        [("Tuesday", "2022-10-11")],
    ),
    ("politics-tonight", "The president will address the nation tonight.", MONDAY, [("tonight", "2021-09-06TNI")]),
    (
        "politics-this-morning",
        "The minister said this morning that talks had stalled.",
        MONDAY,
        [("this morning", "2021-09-06TMO")],
    ),
    ("politics-next-year", "The league will expand next year.", MON_NEW_YEAR, [("next year", "2023")]),
    ("politics-in-2019", "The party last won a majority in 2019.", MONDAY, [("2019", "2019")]),
    ("politics-from-to", "He served as mayor from 2010 to 2015.", MONDAY, [("2010", "2010"), ("2015", "2015")]),
    ("politics-may-month", "The election was held in May.", date(2022, 9, 12), [("May", "2022-05")]),
    ("politics-fed-said", "The Fed said inflation would ease.", MONDAY, []),
    ("politics-march-verb", "March with us, the organisers urged.", MONDAY, []),
    ("politics-may-verb", "Investors may sell if rates rise.", MONDAY, []),
    # --- war ---
    (
        "war-dateline-overnight",
        "KYIV, March 3 (Reuters) - Russian forces shelled the city overnight, officials said on Thursday.",
        THURSDAY,
        [("March 3", "2022-03-03"), ("overnight", "2022-03-02TNI"), ("Thursday", "2022-03-03")],
    ),
    (
        "war-two-days-later",
        "The offensive began on Aug. 24. Two days later, the tanks withdrew.",
        date(2022, 9, 5),
        [("Aug. 24", "2022-08-24"), ("Two days later", "2022-08-26")],
    ),
    (
        "war-a-week-earlier",
        "The ceasefire collapsed on March 10. A week earlier, both sides had agreed to talks.",
        date(2022, 3, 14),
        [("March 10", "2022-03-10"), ("A week earlier", "2022-W09")],
    ),
    (
        "war-sunday-paper",
        "Militants crossed the border on Saturday, the army said.",
        SUNDAY,
        [("Saturday", "2023-10-07")],
    ),
    ("war-sunday-paper-future", "The cabinet will meet on Wednesday.", SUNDAY, [("Wednesday", "2023-10-11")]),
    ("war-since-year", "Russia has occupied Crimea since 2014.", MONDAY, [("2014", "2014")]),
    ("war-troops", "The Pentagon sent 2,000 troops to the region.", MONDAY, []),
    (
        "war-monday-night",
        "Protesters gathered outside parliament Monday night.",
        TUESDAY,
        [("Monday night", "2021-09-06TNI")],
    ),
    (
        "war-midnight",
        "The ceasefire ended at midnight on Sunday.",
        date(2022, 11, 7),
        [("midnight on Sunday", "2022-11-06T24:00")],
    ),
    # --- courts ---
    ("courts-in-february", "The court will rule in February.", MON_NEW_YEAR, [("February", "2022-02")]),
    ("courts-section", "Section 2021 of the code applies to the case.", MONDAY, []),
    (
        "courts-earlier-this-month",
        "The regulator opened an inquiry earlier this month.",
        date(2022, 11, 21),
        [("earlier this month", "2022-11")],
    ),
    ("courts-trial-duration", "The trial lasted three years.", MONDAY, [("three years", "P3Y")]),
    ("courts-iso-date", "The filing, dated 2021-08-15, was unsealed.", MONDAY, [("2021-08-15", "2021-08-15")]),
    ("courts-slash-date", "The warrant was issued on 8/15/2021.", MONDAY, [("8/15/2021", "2021-08-15")]),
    ("courts-day-month-year", "Kabul fell on 15 August 2021.", date(2022, 8, 15), [("15 August 2021", "2021-08-15")]),
    (
        "courts-month-day-year",
        "The verdict came on August 15, 2021.",
        date(2022, 1, 10),
        [("August 15, 2021", "2021-08-15")],
    ),
    # --- markets ---
    ("markets-last-week-new-year", "Markets fell sharply last week.", MON_NEW_YEAR, [("last week", "2021-W52")]),
    ("markets-friday-new-year", "The company announced the deal on Friday.", MON_NEW_YEAR, [("Friday", "2021-12-31")]),
    (
        "markets-in-december",
        "Inflation hit a record in December, the agency said.",
        MON_NEW_YEAR,
        [("December", "2021-12")],
    ),
    ("markets-last-month", "Shares rose 3% last month.", MON_NEW_YEAR, [("last month", "2021-12")]),
    ("markets-last-week-2023", "Oil prices climbed last week.", MON_2023, [("last week", "2022-W52")]),
    ("markets-next-month-year-end", "The bank will raise rates next month.", MID_DECEMBER, [("next month", "2022-01")]),
    (
        "markets-third-quarter",
        "Profit rose 12% in the third quarter.",
        date(2022, 10, 25),
        [("the third quarter", "2022-Q3")],
    ),
    ("markets-q3", "Q3 revenue beat forecasts.", date(2022, 10, 25), [("Q3", "2022-Q3")]),
    (
        "markets-fiscal-year",
        "The company expects a loss in fiscal 2022.",
        date(2021, 11, 10),
        [("fiscal 2022", "FY2022")],
    ),
    (
        "markets-sept-year",
        "The fiscal year ended Sept. 30, 2021.",
        date(2021, 11, 10),
        [("The fiscal year", "P1Y"), ("Sept. 30, 2021", "2021-09-30")],
    ),
    ("markets-this-week", "The central bank meets this week.", date(2022, 9, 19), [("this week", "2022-W38")]),
    ("markets-now", "Prices are now 20% higher.", MONDAY, [("now", "PRESENT_REF")]),
    ("markets-recently", "The firm recently cut 200 jobs.", MONDAY, [("recently", "PAST_REF")]),
    ("markets-decade", "Unemployment is at its lowest in a decade.", MONDAY, [("a decade", "P10Y")]),
    ("markets-2010s", "Growth slowed through the 2010s.", MONDAY, [("the 2010s", "201")]),
    ("markets-early-1990s", "The bank nearly collapsed in the early 1990s.", MONDAY, [("the early 1990s", "199")]),
    (
        "markets-christmas",
        "Shops expect record sales before Christmas.",
        date(2022, 11, 25),
        [("Christmas", "2022-12-25")],
    ),
    # --- sport ---
    ("sport-score", "United secured the 1-0 win.", MONDAY, []),
    ("sport-every-week", "The squad trains together every week.", MONDAY, [("every week", "P1W")]),
    ("sport-aug-15", "The transfer window closed on Aug. 15.", date(2022, 9, 5), [("Aug. 15", "2022-08-15")]),
    ("sport-sunday-times", "The Sunday Times reported the coach's exit.", MONDAY, []),
    (
        "sport-noon",
        "The match kicks off at noon on Saturday.",
        date(2022, 11, 10),
        [("noon on Saturday", "2022-11-12T12:00")],
    ),
    (
        "sport-new-years-day",
        "The final will be played on New Year's Day.",
        date(2022, 11, 25),
        [("New Year's Day", "2023-01-01")],
    ),
    # --- weather ---
    ("weather-leap-yesterday", "The storm made landfall yesterday.", LEAP_FRIDAY, [("yesterday", "2024-02-29")]),
    (
        "weather-leap-february",
        "Rainfall in February was the highest since 2014.",
        LEAP_FRIDAY,
        [("February", "2024-02"), ("2014", "2014")],
    ),
    ("weather-overnight", "Storms battered the coast overnight.", date(2022, 6, 15), [("overnight", "2022-06-14TNI")]),
    ("weather-mid-august", "Wildfires spread in mid-August.", date(2022, 9, 5), [("mid-August", "2022-08")]),
    ("weather-this-summer", "Heatwaves hit Europe this summer.", date(2022, 8, 20), [("this summer", "2022-SU")]),
    ("weather-last-winter", "Gas prices soared last winter.", date(2022, 8, 20), [("last winter", "2021-WI")]),
    ("weather-in-august-past", "Unemployment peaked in August.", date(2022, 3, 10), [("August", "2021-08")]),
    # --- tech ---
    ("tech-windows", "Windows 11 requires newer chips.", MONDAY, []),
    (
        "tech-later-this-year",
        "The company expects to launch the phone later this year.",
        date(2022, 5, 10),
        [("later this year", "2022")],
    ),
    ("tech-august-event", "Apple unveiled the phone at its August event.", date(2022, 10, 3), [("August", "2022-08")]),
    (
        "tech-early-september",
        "The school year starts in early September.",
        date(2022, 8, 1),
        [("early September", "2022-09")],
    ),
    (
        "tech-3pm",
        "Polls will close at 3 p.m. on Thursday.",
        date(2022, 11, 7),
        [("3 p.m. on Thursday", "2022-11-10T15:00")],
    ),
    # --- health ---
    ("health-covid", "COVID-19 cases rose last week.", MONDAY, [("last week", "2021-W35")]),
    ("health-daily", "The ministry publishes figures daily.", MONDAY, [("daily", "P1D")]),
    (
        "health-days-ago",
        "The outbreak was declared five days ago.",
        date(2023, 2, 11),
        [("five days ago", "2023-02-06")],
    ),
    ("health-strike", "Nurses called a 24-hour strike.", MONDAY, [("24-hour", "PT24H")]),
    ("health-friday-prayers", "Worshippers gathered for Friday prayers in Gaza.", SUNDAY, [("Friday", "2023-10-06")]),
    # --- a second round, written after the first fixes, on the same beats ---
    (
        "politics-dateline-new-year",
        "WASHINGTON, Jan. 3 (Reuters) - The Supreme Court will hear arguments on Friday.",
        MON_NEW_YEAR,
        [("Jan. 3", "2022-01-03"), ("Friday", "2022-01-07")],
    ),
    ("courts-year-end-future", "The trial will open on Jan. 5.", date(2021, 12, 31), [("Jan. 5", "2022-01-05")]),
    ("courts-year-end-past", "Police arrested him on Dec. 28.", MON_NEW_YEAR, [("Dec. 28", "2021-12-28")]),
    ("markets-last-year-january", "Exports grew 9% last year.", MON_NEW_YEAR, [("last year", "2021")]),
    ("politics-weekend", "Protests spread over the weekend.", MON_NEW_YEAR, [("the weekend", "2021-W52-WE")]),
    ("weather-past-decade", "Temperatures have risen over the past decade.", MONDAY, [("the past decade", "P10Y")]),
    (
        "war-past-24-hours",
        "Rescuers pulled 40 people from the rubble in the past 24 hours.",
        MONDAY,
        [("the past 24 hours", "PT24H")],
    ),
    ("politics-every-monday", "The council meets every Monday.", MONDAY, [("every Monday", "XXXX-WXX-1")]),
    ("tech-late-year", "The plant will open in late 2023.", date(2022, 7, 4), [("late 2023", "2023")]),
    ("markets-mid-year", "Output should recover by mid-2024.", date(2022, 7, 4), [("mid-2024", "2024")]),
    ("politics-next-weekday-sunday", "Talks resume next Tuesday.", SUNDAY, [("next Tuesday", "2023-10-10")]),
    ("politics-last-friday-sunday", "The minister resigned last Friday.", SUNDAY, [("last Friday", "2023-10-06")]),
    ("politics-today-sunday", "Voting ended today, officials said.", SUNDAY, [("today", "2023-10-08")]),
    (
        "war-this-afternoon",
        "Rebels attacked the convoy this afternoon.",
        date(2022, 11, 14),
        [("this afternoon", "2022-11-14TAF")],
    ),
    # The full stop that ends the sentence is the sentence's, not the abbreviation's (rules/parts.yaml).
    ("war-2am", "The blast happened at 2 a.m.", date(2022, 11, 14), [("2 a.m", "2022-11-14T02:00")]),
    ("markets-gmt", "Trading halted at 11:30 GMT.", date(2022, 11, 14), [("11:30 GMT", "2022-11-14T11:30")]),
    ("tech-century", "Cities changed more in the 20th century than ever.", MONDAY, [("the 20th century", "19")]),
    ("markets-first-half", "Sales fell in the first half.", date(2022, 7, 28), [("the first half", "2022-H1")]),
    ("courts-leap-day", "The law took effect on Feb. 29.", date(2024, 3, 5), [("Feb. 29", "2024-02-29")]),
    ("politics-possessive-weekday", "Monday's vote was postponed.", date(2022, 11, 9), [("Monday", "2022-11-07")]),
    ("markets-year-ago", "The economy shrank 2% from a year ago.", date(2022, 10, 6), [("a year ago", "2021")]),
    ("tech-years-ago", "The firm was founded four years ago.", date(2022, 10, 6), [("four years ago", "2018")]),
    ("sport-summer-of", "He was appointed in the summer of 2019.", MONDAY, [("the summer of 2019", "2019-SU")]),
    ("war-world-war", "Veterans of World War II gathered in Normandy.", date(2022, 6, 6), []),
    ("markets-52-week", "Shares hit a 52-week high.", MONDAY, [("52-week", "P52W")]),
    ("sport-world-cup-year", "Qatar hosted the 2022 World Cup.", MON_2023, [("2022", "2022")]),
    ("tech-aircraft", "The Boeing 737 MAX returned to service.", MONDAY, []),
    ("health-since-month-year", "Cases have doubled since March 2020.", MONDAY, [("March 2020", "2020-03")]),
    (
        "markets-weekday-date",
        "The company will report results on Thursday, Oct. 13.",
        date(2022, 10, 6),
        [("Thursday, Oct. 13", "2022-10-13")],
    ),
    (
        "politics-end-of-year",
        "The treaty must be ratified by the end of 2023.",
        date(2022, 7, 4),
        [("the end of 2023", "2023")],
    ),
    ("war-within-hours", "Hostages must be freed within 48 hours.", MONDAY, [("48 hours", "PT48H")]),
    ("war-last-night", "Looters struck the shops last night.", date(2022, 11, 14), [("last night", "2022-11-13TNI")]),
    (
        "war-weeks-later",
        "The rebels took the town on Oct. 2. Three weeks later they lost it.",
        date(2022, 11, 14),
        [("Oct. 2", "2022-10-02"), ("Three weeks later", "2022-W42")],
    ),
    (
        "health-month-earlier",
        "The hospital opened on June 1. A month earlier, the old wing had closed.",
        date(2022, 11, 14),
        [("June 1", "2022-06-01"), ("A month earlier", "2022-05")],
    ),
    (
        "courts-adjourned-until",
        "The court adjourned until 10 a.m. on Wednesday.",
        date(2022, 11, 14),
        [("10 a.m. on Wednesday", "2022-11-16T10:00")],
    ),
    ("health-weeks", "Schools have been closed for weeks.", MONDAY, [("weeks", "PXW")]),
    ("markets-monthly", "Inflation data is published monthly.", MONDAY, [("monthly", "P1M")]),
    ("courts-several-days", "The hearing will last several days.", MONDAY, [("several days", "PXD")]),
    ("war-nearly-decade", "The country has been at war for nearly a decade.", MONDAY, [("nearly a decade", "P10Y")]),
    ("tech-possessive-month", "Apple's March event drew crowds.", date(2022, 4, 10), [("March", "2022-03")]),
    ("war-march-lowercase", "Troops will march on the capital in May.", date(2022, 3, 1), [("May", "2022-05")]),
    ("sport-may-weekday", "The team may play on Sunday.", date(2022, 11, 9), [("Sunday", "2022-11-13")]),
    (
        "markets-price-not-year",
        "The shares rose 5 percent on Monday to 2,021 pence.",
        date(2022, 11, 14),
        [("Monday", "2022-11-14")],
    ),
    ("politics-3am", "Parliament sat until 3 a.m.", date(2022, 11, 14), [("3 a.m", "2022-11-14T03:00")]),
    ("war-years-after", "Two years after the invasion, the city is rebuilding.", MONDAY, [("Two years", "P2Y")]),
    ("markets-after-christmas", "Sales slumped after Christmas.", MON_2023, [("Christmas", "2022-12-25")]),
    ("weather-new-years-eve", "Fireworks lit the sky on New Year's Eve.", MON_2023, [("New Year's Eve", "2022-12-31")]),
    ("sport-day-month-alone", "The club was relegated on 15 August.", date(2022, 9, 5), [("15 August", "2022-08-15")]),
    # --- a third round: holidays, names that hold a date word, adjectival durations, markets times ---
    (
        "politics-phone-call",
        "President Biden spoke with Zelenskiy by phone on Saturday, the White House said.",
        date(2022, 11, 14),
        [("Saturday", "2022-11-12")],
    ),
    (
        "markets-points-not-year",
        "The index closed at 4,000 points on Friday.",
        date(2022, 11, 14),
        [("Friday", "2022-11-11")],
    ),
    (
        "weather-weekday-evening",
        "Officials expect the storm to make landfall Thursday evening.",
        date(2022, 11, 14),
        [("Thursday evening", "2022-11-17TEV")],
    ),
    (
        "weather-season-range",
        "The hurricane season runs from June 1 to Nov. 30.",
        date(2022, 8, 1),
        [("June 1", "2022-06-01"), ("Nov. 30", "2022-11-30")],
    ),
    (
        "markets-quarter-of-year",
        "Rates were cut in the fourth quarter of 2020.",
        date(2022, 11, 14),
        [("the fourth quarter of 2020", "2020-Q4")],
    ),
    (
        "markets-two-years",
        "The agency expects growth of 2% in 2023 and 2.5% in 2024.",
        date(2022, 10, 6),
        [("2023", "2023"), ("2024", "2024")],
    ),
    (
        "markets-two-months",
        "Unemployment was 3.5% in September, down from 3.7% in August.",
        date(2022, 10, 7),
        [("September", "2022-09"), ("August", "2022-08")],
    ),
    (
        "markets-eastern-time",
        "Trading opens at 9:30 a.m. ET.",
        date(2022, 11, 14),
        [("9:30 a.m. ET", "2022-11-14T09:30")],
    ),
    ("politics-opens-weekday", "The summit opens Sunday.", date(2022, 11, 11), [("Sunday", "2022-11-13")]),
    ("markets-await-weekday", "Investors await Friday's jobs report.", date(2022, 11, 9), [("Friday", "2022-11-11")]),
    (
        "courts-time-and-weekday",
        "Police said the attack took place at 10 p.m. on Saturday.",
        date(2022, 11, 14),
        [("10 p.m. on Saturday", "2022-11-12T22:00")],
    ),
    ("tech-founded-in", "The company, founded in 1998, employs 5,000 people.", date(2022, 11, 14), [("1998", "1998")]),
    ("health-mid-decade", "Infections peaked in the mid-1990s.", date(2022, 11, 14), [("the mid-1990s", "199")]),
    (
        "tech-late-century",
        "The mill dates from the late 19th century.",
        date(2022, 11, 14),
        [("the late 19th century", "18")],
    ),
    ("war-in-the-spring", "The offensive stalled in the spring.", date(2022, 11, 14), [("the spring", "2022-SP")]),
    ("weather-last-spring", "Floods hit the valley last spring.", date(2022, 11, 14), [("last spring", "2022-SP")]),
    (
        "sport-next-summer",
        "The club will move to a new stadium next summer.",
        date(2022, 11, 14),
        [("next summer", "2023-SU")],
    ),
    (
        "politics-coming-days",
        "A decision is expected in the coming days.",
        date(2022, 11, 14),
        [("the coming days", "FUTURE_REF")],
    ),
    (
        "markets-recent-months",
        "Prices have fallen in recent months.",
        date(2022, 11, 14),
        [("recent months", "PAST_REF")],
    ),
    (
        "politics-at-the-weekend",
        "Protests resumed at the weekend.",
        date(2022, 11, 14),
        [("the weekend", "2022-W45-WE")],
    ),
    ("war-sunday-morning", "Sirens sounded on Sunday morning.", SUNDAY, [("Sunday morning", "2023-10-08TMO")]),
    ("war-possessive-saturday", "Saturday's attack killed 12 people.", SUNDAY, [("Saturday", "2023-10-07")]),
    (
        "markets-black-friday",
        "Retailers cut prices ahead of Black Friday.",
        date(2022, 11, 14),
        [("Black Friday", "2022-11-25")],
    ),
    ("politics-good-friday-agreement", "The Good Friday Agreement remains fragile.", date(2022, 11, 14), []),
    ("courts-bloody-sunday", "Families welcomed the Bloody Sunday inquiry.", date(2022, 11, 14), []),
    ("politics-may-day", "Workers marched on May Day.", date(2022, 5, 3), [("May Day", "2022-05-01")]),
    ("markets-10-year", "Yields on the 10-year Treasury note rose.", date(2022, 11, 14), [("10-year", "P10Y")]),
    ("war-two-week", "Both sides agreed a two-week ceasefire.", date(2022, 11, 14), [("two-week", "P2W")]),
    ("war-72-hour", "The 72-hour truce held.", date(2022, 11, 14), [("72-hour", "PT72H")]),
    ("health-due-in-spring", "The results are due in the spring.", date(2022, 11, 14), [("the spring", "2023-SP")]),
    # --- a fourth round: British and wire date styles, ranges, week words around a Sunday ---
    (
        "politics-times-reported",
        "The Times reported on Sunday that the minister would resign.",
        date(2022, 11, 14),
        [("Sunday", "2022-11-13")],
    ),
    (
        "politics-month-year-adjective",
        "The June 2016 referendum split the country.",
        date(2022, 11, 14),
        [("June 2016", "2016-06")],
    ),
    (
        "courts-weekday-range",
        "Strikes ran from Monday to Wednesday.",
        date(2022, 11, 17),
        [("Monday", "2022-11-14"), ("Wednesday", "2022-11-16")],
    ),
    (
        "markets-between-years",
        "Output doubled between 2010 and 2015.",
        date(2022, 11, 14),
        [("2010", "2010"), ("2015", "2015")],
    ),
    ("politics-this-week-sunday", "Ministers met twice this week.", SUNDAY, [("this week", "2023-W40")]),
    ("politics-next-week-sunday", "Parliament will sit next week.", SUNDAY, [("next week", "2023-W41")]),
    ("weather-yesterday-new-year", "Crowds gathered yesterday.", date(2023, 1, 1), [("yesterday", "2022-12-31")]),
    ("weather-last-month-leap", "Last month was the wettest on record.", LEAP_FRIDAY, [("Last month", "2024-02")]),
    ("markets-month-no-dot", "The deadline is Feb 28.", date(2023, 1, 10), [("Feb 28", "2023-02-28")]),
    (
        "markets-day-month-abbrev",
        "The quarter ended on 30 Sept.",
        date(2022, 10, 20),
        [("The quarter", "2022-Q3"), ("30 Sept.", "2022-09-30")],
    ),
    (
        "courts-weekday-day-month",
        "The inquiry opens on Monday 14 November.",
        date(2022, 11, 10),
        [("Monday 14 November", "2022-11-14")],
    ),
    ("courts-uk-numeric", "The order was dated 14/11/2022.", date(2022, 11, 20), [("14/11/2022", "2022-11-14")]),
    ("courts-ordinal-suffix", "Sentencing was set for Nov. 15th.", date(2022, 11, 2), [("Nov. 15th", "2022-11-15")]),
    (
        "courts-the-15th-of",
        "He was released on the 15th of November.",
        date(2022, 11, 20),
        [("the 15th of November", "2022-11-15")],
    ),
    (
        "politics-early-next-week",
        "A vote is expected early next week.",
        date(2022, 11, 14),
        [("early next week", "2022-W47")],
    ),
    ("markets-late-last-year", "The merger closed late last year.", date(2022, 11, 14), [("late last year", "2021")]),
    (
        "politics-earlier-this-week",
        "The envoy arrived earlier this week.",
        date(2022, 11, 16),
        [("earlier this week", "2022-W46")],
    ),
    (
        "politics-later-today",
        "The minister will speak later today.",
        date(2022, 11, 14),
        [("later today", "2022-11-14")],
    ),
    ("markets-military-time", "Trading resumed at 1500 GMT.", date(2022, 11, 14), [("1500 GMT", "2022-11-14T15:00")]),
    ("tech-phone-model", "The iPhone 14 went on sale on Friday.", date(2022, 11, 14), [("Friday", "2022-11-11")]),
    ("health-within-week", "Results are expected within a week.", date(2022, 11, 14), [("a week", "P1W")]),
    # --- a timetable in the present simple (written before the rule for it) ---
    ("diplomacy-leaders-meet", "The two leaders meet on Monday in Geneva.", THURSDAY, [("Monday", "2022-03-07")]),
    ("diplomacy-leaders-met", "The two leaders met on Monday in Geneva.", THURSDAY, [("Monday", "2022-02-28")]),
    ("politics-reconvenes", "The Senate reconvenes Tuesday after the recess.", THURSDAY, [("Tuesday", "2022-03-08")]),
    (
        "politics-testifies",
        "The former director testifies before the committee on Wednesday.",
        THURSDAY,
        [("Wednesday", "2022-03-09")],
    ),
    ("diplomacy-talks-resume", "Talks resume on Monday, a spokesman said.", THURSDAY, [("Monday", "2022-03-07")]),
    (
        "diplomacy-resumed-talks",
        "Negotiators who resumed talks on Monday reported progress.",
        THURSDAY,
        [("Monday", "2022-02-28")],
    ),
    ("courts-faces-sentencing", "The defendant faces sentencing on Friday.", THURSDAY, [("Friday", "2022-03-04")]),
    (
        "diplomacy-departs",
        "The prime minister departs for Washington on Sunday.",
        THURSDAY,
        [("Sunday", "2022-03-06")],
    ),
    ("politics-convenes", "The committee convenes on Tuesday to hear evidence.", THURSDAY, [("Tuesday", "2022-03-08")]),
    ("war-delegation-arrives", "The delegation arrives in Kyiv on Saturday.", THURSDAY, [("Saturday", "2022-03-05")]),
    (
        "war-delegation-arrived",
        "The delegation that arrived on Saturday left quickly.",
        THURSDAY,
        [("Saturday", "2022-02-26")],
    ),
    # --- days that continue a date just named (written before the rule for them) ---
    (
        "diplomacy-summit-two-days",
        "The summit will be held in Washington on April 24 and 25.",
        date(1999, 3, 12),
        [("April 24", "1999-04-24"), ("25", "1999-04-25")],
    ),
    (
        "diplomacy-summit-hyphen",
        "Leaders meet in Brussels on June 14-15.",
        date(2021, 6, 1),
        [("June 14", "2021-06-14"), ("15", "2021-06-15")],
    ),
    (
        "politics-polls-to",
        "Polls open from Sept. 5 to 7, the commission said.",
        date(2021, 8, 20),
        [("Sept. 5", "2021-09-05"), ("7", "2021-09-07")],
    ),
    (
        "war-and-others",
        "Two soldiers were killed on Aug. 3 and 25 others were wounded.",
        date(2021, 8, 20),
        [("Aug. 3", "2021-08-03")],
    ),
    (
        "markets-and-percent",
        "Shares fell on March 3 and 4% more the next day.",
        date(2021, 3, 20),
        [("March 3", "2021-03-03"), ("the next day", "2021-03-04")],
    ),
    (
        "sport-score-after-date",
        "On May 9 the hosts won 3-1.",
        date(2021, 5, 20),
        [("May 9", "2021-05-09")],
    ),
    # Found while writing the rule above: a possessive day names an event of its own, not the verb's.
    (
        "courts-faces-possessive",
        "The man faces charges over Saturday's shooting.",
        THURSDAY,
        [("Saturday", "2022-02-26")],
    ),
    (
        "politics-faces-criticism",
        "The minister faces criticism over his remarks on Monday.",
        THURSDAY,
        [("Monday", "2022-02-28")],
    ),
    ("diplomacy-meet-possessive", "Leaders meet to discuss Monday's attack.", THURSDAY, [("Monday", "2022-02-28")]),
    (
        "war-ministry-says-reached",
        "The ministry says the convoy reached the border on Monday.",
        THURSDAY,
        [("Monday", "2022-02-28")],
    ),
    # --- a plan or a promise reported in the past still looks ahead (written before the rule for it) ---
    (
        "diplomacy-planned-to-fly",
        "The delegation planned to fly to Geneva on Sunday.",
        THURSDAY,
        [("Sunday", "2022-03-06")],
    ),
    (
        "farming-planned-a-rally",
        "Farmers planned a tractor rally outside the ministry on Friday.",
        MONDAY,
        [("Friday", "2021-09-10")],
    ),
    (
        "aviation-agreed-to-merge",
        "The two airlines agreed to merge their loyalty schemes in March.",
        date(2022, 11, 14),
        [("March", "2023-03")],
    ),
    (
        "health-vowed-to-return",
        "The striking nurses vowed to return to the picket line on Tuesday.",
        THURSDAY,
        [("Tuesday", "2022-03-08")],
    ),
    (
        "city-promised-to-publish",
        "The mayor promised to publish the audit in January.",
        date(2022, 10, 5),
        [("January", "2023-01")],
    ),
    # Traps: the agreement itself dated, a plan overtaken, a planned thing that has happened.
    ("war-agreed-to-truce", "Both sides agreed to the truce on Monday.", THURSDAY, [("Monday", "2022-02-28")]),
    (
        "transport-had-planned",
        "The minister had planned to visit the port on Tuesday, but the storm kept him away.",
        THURSDAY,
        [("Tuesday", "2022-03-01")],
    ),
    (
        "labour-planned-since",
        "The strike, planned for weeks, began on Monday.",
        THURSDAY,
        [("weeks", "PXW"), ("Monday", "2022-02-28")],
    ),
    ("markets-planned-merger", "The planned merger was announced on Monday.", THURSDAY, [("Monday", "2022-02-28")]),
    # A day put before the plan dates the planning, not what was planned.
    (
        "education-fronted-day-planned",
        "On Tuesday, the ministry planned to reopen the schools.",
        THURSDAY,
        [("Tuesday", "2022-03-01")],
    ),
    (
        "labour-said-monday-planned",
        "The union said on Monday it planned to strike.",
        THURSDAY,
        [("Monday", "2022-02-28")],
    ),
    # --- a term granted or extended runs until a date still to come (written before the rule for it) ---
    (
        "courts-given-until-noon",
        "The judge has given the landlord until noon Friday to repair the roof.",
        MONDAY,
        [("noon Friday", "2021-09-10T12:00")],
    ),
    (
        "finance-extended-credit-through",
        "The lenders extended the company's credit line through March.",
        date(2022, 11, 14),
        [("March", "2023-03")],
    ),
    (
        "migration-granted-until",
        "Officials granted the asylum seekers until Wednesday to register.",
        THURSDAY,
        [("Wednesday", "2022-03-09")],
    ),
    (
        "politics-postponed-vote-until",
        "The council postponed a final vote on the budget until Tuesday.",
        THURSDAY,
        [("Tuesday", "2022-03-08")],
    ),
    # Traps: holding out till a day, a term overtaken ("had extended"), "through" as "by means of".
    ("war-held-bridge-until", "The rebels held the bridge until Wednesday.", THURSDAY, [("Wednesday", "2022-03-02")]),
    (
        "finance-had-extended",
        "The bank had extended the loan until Monday, when it was repaid.",
        THURSDAY,
        [("Monday", "2022-02-28")],
    ),
    (
        "business-extended-reach-through",
        "The firm extended its reach through acquisitions on Monday.",
        THURSDAY,
        [("Monday", "2022-02-28")],
    ),
    # --- half of a decade or a century is part of it, not of the current year (written before the rule) ---
    (
        "motoring-last-half-nineties",
        "Car sales stagnated in the last half of the '90s.",
        MONDAY,
        [("the last half of the '90s", "199")],
    ),
    (
        "history-first-half-century",
        "The port thrived in the first half of the 19th century.",
        MONDAY,
        [("the first half of the 19th century", "18")],
    ),
    (
        "economy-second-half-1990s",
        "Unemployment fell in the second half of the 1990s.",
        MONDAY,
        [("the second half of the 1990s", "199")],
    ),
    # Traps: a half of the year stays one.
    ("markets-second-half-alone", "Sales should recover in the second half.", MONDAY, [("the second half", "2021-H2")]),
    (
        "markets-first-half-of-year",
        "Profits doubled in the first half of the year.",
        MONDAY,
        [("the first half of the year", "2021-H1")],
    ),
    # --- a plural part of the day makes both weekdays before it recurring (written before the rule) ---
    (
        "transport-weekday-pair-nights",
        "The ferry sails on Friday and Saturday nights.",
        TUESDAY,
        [("Friday", "XXXX-WXX-5TNI"), ("Saturday nights", "XXXX-WXX-6TNI")],
    ),
    (
        "tv-weekday-pair-evenings",
        "The show airs Tuesday and Thursday evenings.",
        TUESDAY,
        [("Tuesday", "XXXX-WXX-2TEV"), ("Thursday evenings", "XXXX-WXX-4TEV")],
    ),
    # Trap: a singular night keeps both days single.
    (
        "politics-weekday-pair-night",
        "Protesters marched on Friday and Saturday night.",
        TUESDAY,
        [("Friday", "2021-09-03"), ("Saturday night", "2021-09-04TNI")],
    ),
    # --- hundreds and thousands of years are counts, not the year 2000 (written before the rule) ---
    (
        "history-two-thousand-years",
        "Olive trees have grown on the terraces for more than two thousand years.",
        MONDAY,
        [("more than two thousand years", "P2000Y")],
    ),
    ("history-two-hundred-years", "The bridge stood for two hundred years.", MONDAY, [("two hundred years", "P200Y")]),
    (
        "history-a-thousand-years",
        "The monastery has kept its library for a thousand years.",
        MONDAY,
        [("a thousand years", "P1000Y")],
    ),
    # Traps: a year spelled out stays a year.
    (
        "broadcast-two-thousand-and-one",
        "The tax cut takes effect in two thousand and one.",
        MONDAY,
        [("two thousand and one", "2001")],
    ),
    (
        "broadcast-year-two-thousand",
        "Computers may crash in the year two thousand.",
        MONDAY,
        [("the year two thousand", "2000")],
    ),
    # --- "the past" before a count is an adjective, not the vague past (written before the rule) ---
    ("sport-past-two-finals", "The club has lost the past two finals.", MONDAY, []),
    ("politics-past-several-elections", "Turnout fell in the past several elections.", MONDAY, []),
    # Traps: the noun keeps PAST_REF, a count of units stays a duration.
    ("history-in-the-past", "Such floods were rare in the past.", MONDAY, [("the past", "PAST_REF")]),
    (
        "markets-past-two-years",
        "Prices have doubled over the past two years.",
        MONDAY,
        [("the past two years", "P2Y")],
    ),
    # --- a day named in the future tense is the coming one, even seven months ahead (written before the rule) ---
    ("politics-budget-due-october", "The budget is due on Oct. 30.", THURSDAY, [("Oct. 30", "2022-10-30")]),
    (
        "sport-final-will-be-played",
        "The final will be played on Nov. 20.",
        date(2022, 4, 1),
        [("Nov. 20", "2022-11-20")],
    ),
    # Traps: a quarter reported is still the one just ended; a past day stays past.
    (
        "markets-expects-to-report-quarter",
        "The company expects to report third-quarter results next week.",
        date(2022, 11, 2),
        [("third-quarter", "2022-Q3"), ("next week", "2022-W45")],
    ),
    ("courts-filed-may", "The suit was filed on May 4.", date(2022, 11, 2), [("May 4", "2022-05-04")]),
    # Added after the first version of the rule read a deadline just passed as next year's.
    (
        "migration-deadline-just-passed",
        "The family vowed to fight the order to leave the country by May 9.",
        date(2022, 5, 10),
        [("May 9", "2022-05-09")],
    ),
    # --- forecasts and slots are future; a fixture's end is a timetable (written before the markers) ---
    (
        "weather-forecast-to-hit",
        "The storm is forecast to hit the coast on Saturday.",
        THURSDAY,
        [("Saturday", "2022-03-05")],
    ),
    ("politics-slated-for", "A final vote is slated for Tuesday.", THURSDAY, [("Tuesday", "2022-03-08")]),
    ("economy-projected-to-peak", "Inflation is projected to peak in October.", THURSDAY, [("October", "2022-10")]),
    ("diplomacy-summit-ends", "The summit ends on Saturday.", THURSDAY, [("Saturday", "2022-03-05")]),
    ("culture-exhibition-closes", "The exhibition closes on Sunday.", THURSDAY, [("Sunday", "2022-03-06")]),
    # Traps: the past forms, and "forecast" as a noun.
    ("diplomacy-summit-ended", "The summit ended on Saturday.", THURSDAY, [("Saturday", "2022-02-26")]),
    ("markets-forecast-noun", "Analysts cut their forecast on Monday.", THURSDAY, [("Monday", "2022-02-28")]),
    ("culture-exhibition-closed", "The exhibition closed on Sunday.", THURSDAY, [("Sunday", "2022-02-27")]),
    # --- "earlier/later in the week" is part of the week in question (written before the rule) ---
    (
        "war-earlier-in-the-week",
        "Earlier in the week, the army said it had retaken the town.",
        THURSDAY,
        [("Earlier in the week", "2022-W09")],
    ),
    (
        "politics-later-in-the-day",
        "The minister spoke on Monday; later in the day he resigned.",
        THURSDAY,
        [("Monday", "2022-02-28"), ("later in the day", "2022-02-28")],
    ),
    ("economy-later-in-the-year", "Rates will rise later in the year.", THURSDAY, [("later in the year", "2022")]),
    # Trap: an idiom, no time.
    ("politics-late-in-the-game", "He joined the race late in the game.", THURSDAY, []),
    # --- "every other week", "every spring" recur (written before the rules) ---
    # --- a part of a named day: "the night of Feb. 6" is that night, not the whole day ---
    (
        "disaster-night-of-date",
        "Rescuers worked through the night of Feb. 28 to reach the miners.",
        THURSDAY,
        [("the night of Feb. 28", "2022-02-28TNI")],
    ),
    (
        "courts-morning-of-date-year",
        "The jury began deliberating on the afternoon of June 2, 2021.",
        THURSDAY,
        [("the afternoon of June 2, 2021", "2021-06-02TAF")],
    ),
    ("community-every-other-week", "The food bank opens every other week.", THURSDAY, [("every other week", "P2W")]),
    ("farming-every-spring", "The river floods the meadows every spring.", THURSDAY, [("every spring", "XXXX-SP")]),
    (
        "tourism-each-summer",
        "Thousands of pilgrims visit the shrine each summer.",
        THURSDAY,
        [("each summer", "XXXX-SU")],
    ),
    # Trap: "every other" before a noun that is no unit.
    ("politics-every-other-party", "Every other party backed the motion.", THURSDAY, []),
    # --- days named by their place in a month (written before the rules) ---
    (
        "politics-first-monday-october",
        "Parliament will return on the first Monday of October.",
        THURSDAY,
        [("the first Monday of October", "2022-10-03")],
    ),
    (
        "clocks-last-sunday-in-march",
        "Clocks go forward on the last Sunday in March.",
        date(2022, 1, 10),
        [("the last Sunday in March", "2022-03-27")],
    ),
    (
        "labour-first-of-may",
        "The strike began on the first of May.",
        date(2022, 5, 20),
        [("the first of May", "2022-05-01")],
    ),
    (
        "finance-last-day-of-february",
        "The index hit a record on the last day of February.",
        THURSDAY,
        [("the last day of February", "2022-02-28")],
    ),
    (
        "tax-first-day-of-april",
        "The levy applies from the first day of April.",
        THURSDAY,
        [("the first day of April", "2022-04-01")],
    ),
    # Traps: "the first of many", the first day of an event.
    ("sport-first-of-many", "It was the first of many wins in May.", THURSDAY, [("May", "2021-05")]),
    ("politics-first-day-of-talks", "On the first day of talks, both sides walked out.", THURSDAY, []),
    # --- a date moved or extended "to" a day is still to come (written before the rule) ---
    (
        "politics-vote-moved-to-friday",
        "The vote, originally set for Wednesday, was moved to Friday.",
        THURSDAY,
        [("Wednesday", "2022-03-02"), ("Friday", "2022-03-04")],
    ),
    ("sport-match-rescheduled", "The match has been rescheduled for Sunday.", THURSDAY, [("Sunday", "2022-03-06")]),
    ("courts-deadline-extended-to", "The judge extended the deadline to Monday.", THURSDAY, [("Monday", "2022-03-07")]),
    # Traps: moving house on a day; a possessive day names its own event.
    ("business-moved-to-boston", "The firm moved to Boston on Friday.", THURSDAY, [("Friday", "2022-02-25")]),
    ("courts-gave-to-possessive", "The judge gave the file to Monday's jury.", THURSDAY, [("Monday", "2022-02-28")]),
    # --- two days off: "the day after tomorrow", "the day before yesterday" (written before the rule) ---
    (
        "politics-day-after-tomorrow",
        "The results will be announced the day after tomorrow.",
        THURSDAY,
        [("the day after tomorrow", "2022-03-05")],
    ),
    (
        "diplomacy-day-before-yesterday",
        "The envoy arrived the day before yesterday.",
        THURSDAY,
        [("the day before yesterday", "2022-03-01")],
    ),
    # Trap: "yesterday" alone stays one day back.
    ("courts-yesterday-alone", "Yesterday's ruling surprised the defence.", THURSDAY, [("Yesterday", "2022-03-02")]),
    # --- the second of two coming weekdays comes after the first (written before the rule) ---
    (
        "finance-meets-wednesday-and-thursday",
        "The central bank meets on Wednesday and Thursday.",
        THURSDAY,
        [("Wednesday", "2022-03-09"), ("Thursday", "2022-03-10")],
    ),
    (
        "sport-will-play-saturday-to-thursday",
        "The team will play on Saturday, Tuesday and Thursday.",
        THURSDAY,
        [("Saturday", "2022-03-05"), ("Tuesday", "2022-03-08"), ("Thursday", "2022-03-10")],
    ),
    # Traps: days already in order, and the past tense.
    (
        "diplomacy-talks-thursday-friday",
        "Talks will run on Thursday and Friday.",
        THURSDAY,
        [("Thursday", "2022-03-03"), ("Friday", "2022-03-04")],
    ),
    # Added after the first version moved a publication-day list: "Friday and Thursday" in a Friday paper.
    (
        "politics-interviews-friday-thursday",
        "The two ministers gave interviews Friday and Thursday.",
        date(2022, 3, 4),
        [("Friday", "2022-03-04"), ("Thursday", "2022-03-03")],
    ),
    (
        "war-shelled-wednesday-thursday",
        "The city was shelled on Wednesday and Thursday.",
        THURSDAY,
        [("Wednesday", "2022-03-02"), ("Thursday", "2022-03-03")],
    ),
    # --- obligations look ahead; a fixture "runs through" its last day (written before the markers) ---
    ("business-must-respond-by", "The company must respond by Friday.", THURSDAY, [("Friday", "2022-03-04")]),
    ("politics-should-vote", "Lawmakers should vote on the bill on Tuesday.", THURSDAY, [("Tuesday", "2022-03-08")]),
    (
        "finance-needs-to-raise",
        "The lender needs to raise fresh capital by Monday.",
        THURSDAY,
        [("Monday", "2022-03-07")],
    ),
    ("sport-tournament-runs-through", "The tournament runs through Sunday.", THURSDAY, [("Sunday", "2022-03-06")]),
    # Traps: "must have" and "should have" look back; "had to" is the past.
    ("courts-must-have-known", "The driver must have seen the signal on Monday.", THURSDAY, [("Monday", "2022-02-28")]),
    ("politics-should-have-acted", "Regulators should have acted on Tuesday.", THURSDAY, [("Tuesday", "2022-03-01")]),
    ("travel-had-to-leave", "Tourists had to leave the island on Saturday.", THURSDAY, [("Saturday", "2022-02-26")]),
    # --- "a decade ago", "a decade later" count years, not calendar decades (written before the rule) ---
    (
        "law-a-decade-later",
        "The law was passed in 1998 and amended a decade later.",
        THURSDAY,
        [("1998", "1998"), ("a decade later", "2008")],
    ),
    ("city-a-decade-ago", "A decade ago the square was a car park.", THURSDAY, [("A decade ago", "2012")]),
    ("mining-two-decades-ago", "The mine closed two decades ago.", THURSDAY, [("two decades ago", "2002")]),
    ("transport-a-century-ago", "A century ago the town had a tram.", THURSDAY, [("A century ago", "1922")]),
    # Traps: a decade named as one stays a decade; counted from a decade, decades.
    ("economy-the-last-decade", "Prices rose in the last decade.", THURSDAY, [("the last decade", "201")]),
    (
        "business-1970s-two-decades-later",
        "The firm was founded in the 1970s and sold two decades later.",
        THURSDAY,
        [("the 1970s", "197"), ("two decades later", "199")],
    ),
    # --- a quarter or half "of next year" belongs to that year; "of the match" is no date (written first) ---
    (
        "economy-first-half-next-year",
        "Growth should recover in the first half of next year.",
        THURSDAY,
        [("the first half of next year", "2023-H1")],
    ),
    (
        "markets-q4-of-last-year",
        "Sales fell in the fourth quarter of last year.",
        THURSDAY,
        [("the fourth quarter of last year", "2021-Q4")],
    ),
    (
        "tax-second-half-this-year",
        "The levy applies from the second half of this year.",
        THURSDAY,
        [("the second half of this year", "2022-H2")],
    ),
    (
        "markets-last-years-first-half",
        "Profits doubled in last year's first half.",
        THURSDAY,
        [("last year's first half", "2021-H1")],
    ),
    ("sport-second-half-of-match", "He scored in the second half of the match.", THURSDAY, []),
    ("sport-first-half-of-season", "The team struggled in the first half of the season.", THURSDAY, []),
    # Trap: a half of the year stays a half of the year.
    (
        "markets-first-half-of-fiscal-year",
        "Sales rose in the first half of the fiscal year.",
        THURSDAY,
        [("the first half of the fiscal year", "2022-H1")],
    ),
    # --- British accounts: "the year to March" is a reporting year, like "the year ended" (written first) ---
    (
        "markets-year-to-march",
        "Profit in the year to September rose 8%.",
        THURSDAY,
        [("the year", "P1Y"), ("September", "2021-09")],
    ),
    # Traps: "the year to come", "the year to date" are no reporting years.
    ("politics-year-to-come", "The year to come will be hard.", THURSDAY, [("The year", "2022")]),
    ("markets-year-to-date", "Sales are up 5% in the year to date.", THURSDAY, [("the year", "2022")]),
    # --- a fortnight is two weeks, not twelve (written before the fix) ---
    ("politics-a-fortnight", "Negotiations dragged on for a fortnight.", THURSDAY, [("a fortnight", "P2W")]),
    ("community-every-fortnight", "The bins are emptied every fortnight.", THURSDAY, [("every fortnight", "P2W")]),
    # Trap: twelve weeks stay twelve.
    ("sport-twelve-weeks", "The tour lasts 12 weeks.", THURSDAY, [("12 weeks", "P12W")]),
    # --- a midnight told in the past tense is the one that began publication day (written before the rule) ---
    (
        "war-erupted-after-midnight",
        "Clashes erupted shortly after midnight.",
        THURSDAY,
        [("midnight", "2022-03-02T24:00")],
    ),
    # Traps: a midnight to come is tonight's; a named day keeps its own midnight.
    ("politics-curfew-at-midnight", "A curfew will start at midnight.", THURSDAY, [("midnight", "2022-03-03T24:00")]),
    (
        "energy-midnight-on-monday",
        "The price cap expired at midnight on Monday.",
        THURSDAY,
        [("midnight on Monday", "2022-02-28T24:00")],
    ),
    # --- a verb before the date in its own clause outweighs one after a comma (written before the rule) ---
    (
        "politics-who-returned-will-address",
        "The opposition leader, who returned from exile on Sunday, will address supporters on Monday.",
        THURSDAY,
        [("Sunday", "2022-02-27"), ("Monday", "2022-03-07")],
    ),
    (
        "business-which-reported-plans",
        "The company, which reported earnings on Tuesday, plans to cut jobs next year.",
        THURSDAY,
        [("Tuesday", "2022-03-01"), ("next year", "2023")],
    ),
    (
        "health-ban-took-effect-reviewed",
        "The ban, which took effect on Jan. 1, will be reviewed in June.",
        THURSDAY,
        [("Jan. 1", "2022-01-01"), ("June", "2022-06")],
    ),
    # "and" with a verb of its own starts a second clause: its verb does not date the first clause's day
    # (written before the rule).
    (
        "war-seized-and-are-expected",
        "The rebels seized the town on Saturday and are expected to push on towards the capital.",
        MONDAY,
        [("Saturday", "2021-09-04")],
    ),
    (
        "crime-arrested-and-will-question",
        "Police arrested two men on Sunday and will question them again on Wednesday.",
        MONDAY,
        [("Sunday", "2021-09-05"), ("Wednesday", "2021-09-08")],
    ),
    (
        "protest-blocked-and-were-planning",
        "Farmers blocked the motorway on Friday and were planning to march on parliament on Thursday.",
        MONDAY,
        [("Friday", "2021-09-03"), ("Thursday", "2021-09-09")],
    ),
    (
        "protest-planned-a-rally-and-were",
        "Unions planned a rally outside parliament on Saturday and were printing banners.",
        date(2021, 9, 9),
        [("Saturday", "2021-09-11")],
    ),
    # Traps: "and" between two nouns is no clause break; nor is "and" before a day with no verb of its own.
    (
        "diplomacy-met-x-and-y-will-fly",
        "She met the president and the prime minister on Sunday, and will fly home on Tuesday.",
        MONDAY,
        [("Sunday", "2021-09-05"), ("Tuesday", "2021-09-07")],
    ),
    (
        "politics-will-vote-on-and-on",
        "The assembly will debate the bill on Tuesday and will vote on Thursday.",
        MONDAY,
        [("Tuesday", "2021-09-07"), ("Thursday", "2021-09-09")],
    ),
    # "That evening" after a day: that part of the day last named (written before the rule).
    (
        "war-that-evening",
        "The rebels attacked the garrison on Friday. That evening, the president addressed the nation.",
        MONDAY,
        [("Friday", "2021-09-03"), ("That evening", "2021-09-03TEV")],
    ),
    (
        "war-late-that-night",
        "Shelling resumed on Aug. 29. Late that night, the last convoy left.",
        MONDAY,
        [("Aug. 29", "2021-08-29"), ("Late that night", "2021-08-29TNI")],
    ),
    (
        "crime-by-that-afternoon",
        "The suspect was named on Thursday, and by that afternoon he had fled.",
        MONDAY,
        [("Thursday", "2021-09-02"), ("that afternoon", "2021-09-02TAF")],
    ),
    # Trap: "that" as a conjunction before a noun is no part of day.
    ("business-said-that-morning-trade", "Analysts said that morning trading was thin.", MONDAY, []),
    # "The early hours" are the start of a day, not a length of time (written before the rule).
    (
        "diplomacy-early-hours-of-day",
        "The talks ended in the early hours of Monday.",
        TUESDAY,
        [("Monday", "2021-09-06")],
    ),
    (
        "crime-small-hours-of-day-part",
        "The gang struck in the small hours of Sunday morning.",
        MONDAY,
        [("Sunday morning", "2021-09-05TMO")],
    ),
    (
        "war-early-hours-bare",
        "Kabul fell on Aug. 15. In the early hours, crowds rushed to the airport.",
        MONDAY,
        [("Aug. 15", "2021-08-15"), ("the early hours", "2021-08-15")],
    ),
    # Trap: hours counted are still a length of time.
    ("rescue-hours-counted", "Rescuers worked for hours in the rubble.", MONDAY, [("hours", "PTXH")]),
    # "On the 15th": a day of the month the text is in, else of the month around publication (written before
    # the rule).
    (
        "protest-began-on-the-15th",
        "The protests, which began on the 15th, continued into a fourth week.",
        MONDAY,
        [("the 15th", "2021-08-15")],
    ),
    (
        "war-month-then-ordinals",
        "In August, troops arrived on the 14th and left on the 31st.",
        MONDAY,
        [("August", "2021-08"), ("the 14th", "2021-08-14"), ("the 31st", "2021-08-31")],
    ),
    (
        "politics-will-be-held-on-the-20th",
        "The vote will be held on the 20th.",
        MONDAY,
        [("the 20th", "2021-09-20")],
    ),
    (
        "war-date-then-ordinal",
        "Kabul fell on Aug. 15, and the airlift ended on the 30th.",
        MONDAY,
        [("Aug. 15", "2021-08-15"), ("the 30th", "2021-08-30")],
    ),
    # Traps: an ordinal that counts something else.
    ("culture-15th-century", "The mosque was built in the 15th century.", MONDAY, [("the 15th century", "14")]),
    ("crime-on-the-15th-floor", "The fire started on the 15th floor.", MONDAY, []),
    ("sport-for-the-3rd-time", "They won the cup for the 3rd time on Saturday.", MONDAY, [("Saturday", "2021-09-04")]),
    # A fortnight is two weeks, counted back or on like any other length (written before the rule).
    ("diplomacy-fortnight-ago", "A fortnight ago, the border closed.", MONDAY, [("A fortnight ago", "2021-W34")]),
    (
        "war-fortnight-later",
        "Kabul fell on Aug. 15. A fortnight later, the last troops left.",
        MONDAY,
        [("Aug. 15", "2021-08-15"), ("A fortnight later", "2021-W34")],
    ),
    # Trap: a fortnight lasted is a length.
    ("sport-lasted-a-fortnight", "The tournament lasted a fortnight.", MONDAY, [("a fortnight", "P2W")]),
    # "The following weekend" follows the story, as "the following week" does (written before the fix).
    (
        "protest-following-weekend",
        "Police cleared the square on Aug. 18. The following weekend, protests spread.",
        date(2021, 9, 15),
        [("Aug. 18", "2021-08-18"), ("The following weekend", "2021-W33-WE")],
    ),
    (
        "protest-following-weekend-from-saturday",
        "Police cleared the square on Saturday, Aug. 21. The following weekend, protests spread.",
        date(2021, 9, 15),
        [("Saturday, Aug. 21", "2021-08-21"), ("The following weekend", "2021-W34-WE")],
    ),
    (
        "protest-previous-weekend",
        "Police cleared the square on Aug. 18. The previous weekend, protests had spread.",
        date(2021, 9, 15),
        [("Aug. 18", "2021-08-18"), ("The previous weekend", "2021-W32-WE")],
    ),
    # Web copy joins words with no-break spaces ("Aug.\u00a015"); they are spaces (written before the fix).
    ("web-nbsp-last-week", "The talks collapsed last\u00a0week.", MONDAY, [("last\u00a0week", "2021-W35")]),
    ("web-nbsp-aug-15", "Kabul fell on Aug.\u00a015.", MONDAY, [("Aug.\u00a015", "2021-08-15")]),
    ("web-nbsp-two-days-ago", "It ended two\u00a0days\u00a0ago.", MONDAY, [("two\u00a0days\u00a0ago", "2021-09-04")]),
    (
        "web-narrow-nbsp-clock",
        "He left at 3\u202fp.m. on Friday.",
        MONDAY,
        [("3\u202fp.m. on Friday", "2021-09-03T15:00")],
    ),
    # Dawn and dusk are parts of a day; midweek is the middle of the story's week (written before the rules).
    (
        "war-at-dawn-on-monday",
        "At dawn on Monday, the fighters entered the valley.",
        TUESDAY,
        [("dawn", "2021-09-06TMO"), ("Monday", "2021-09-06")],
    ),
    (
        "election-dawn-to-dusk",
        "On Sunday, voting began at dawn and ended at dusk.",
        MONDAY,
        [("Sunday", "2021-09-05"), ("dawn", "2021-09-05TMO"), ("dusk", "2021-09-05TEV")],
    ),
    ("courts-expected-midweek", "A decision is expected midweek.", MONDAY, [("midweek", "2021-W36")]),
    # Trap: "Dawn" as a name.
    ("politics-dawn-the-name", "Dawn Butler, the MP, spoke on Monday.", TUESDAY, [("Monday", "2021-09-06")]),
    # "A day later than planned" compares; it names no day (written before the fix).
    (
        "diplomacy-later-than-planned",
        "The talks are due to end on Friday, a day later than planned.",
        date(2021, 9, 15),
        [("Friday", "2021-09-17"), ("a day", "P1D")],
    ),
    # "On a Tuesday" is some Tuesday, not a date to put in a chronology (written before the rule).
    ("war-on-a-tuesday", "The siege began on a Tuesday and ended on a Friday.", MONDAY, []),
    (
        "crime-on-a-sunday-afternoon",
        "The robbery happened on a Sunday afternoon in June.",
        MONDAY,
        [("June", "2021-06")],
    ),
    # Trap: "a Friday deadline" set is the coming Friday's.
    (
        "politics-a-friday-deadline",
        "Lawmakers face a Friday deadline to pass the budget.",
        MONDAY,
        [("Friday", "2021-09-10")],
    ),
    # "That autumn", "the next spring": seasons and months of the story, counted from the date it last named
    # (written before the rules).
    (
        "health-that-autumn",
        "In the summer of 2020 the virus returned; by that autumn, cases had tripled.",
        date(2021, 9, 15),
        [("the summer of 2020", "2020-SU"), ("that autumn", "2020-FA")],
    ),
    (
        "diplomacy-the-next-spring",
        "The treaty was signed in 1998 and ratified the next spring.",
        date(2021, 9, 15),
        [("1998", "1998"), ("the next spring", "1999-SP")],
    ),
    (
        "war-the-following-winter",
        "Talks failed in the summer of 2020; the following winter, fighting resumed.",
        date(2021, 9, 15),
        [("the summer of 2020", "2020-SU"), ("the following winter", "2020-WI")],
    ),
    (
        "politics-that-march",
        "The bill passed in 2015. That March, protests began.",
        date(2021, 9, 15),
        [("2015", "2015"), ("That March", "2015-03")],
    ),
    (
        "business-the-following-january",
        "The plant closed in October 2019 and reopened the following January.",
        date(2021, 9, 15),
        [("October 2019", "2019-10"), ("the following January", "2020-01")],
    ),
    # Trap: "next spring" without "the" counts from publication.
    ("politics-next-spring", "Elections are due next spring.", date(2021, 9, 15), [("next spring", "2022-SP")]),
    # A month without its year, after a year in its sentence, is in that year (written before the rule).
    (
        "business-in-2019-march-november",
        "In 2019, the company opened a plant in March and closed it in November.",
        date(2021, 9, 15),
        [("2019", "2019"), ("March", "2019-03"), ("November", "2019-11")],
    ),
    (
        "politics-2016-vote-in-june",
        "The 2016 vote was held in June.",
        date(2021, 9, 15),
        [("2016", "2016"), ("June", "2016-06")],
    ),
    (
        "tech-last-years-model-october",
        "Last year's model was delayed by the pandemic until October.",
        date(2021, 9, 15),
        [("Last year", "2020"), ("October", "2020-10")],
    ),
    (
        "obituary-in-2003-returned-in-may",
        "In 2003 she retired, but she returned in May to run the charity.",
        date(2021, 9, 15),
        [("2003", "2003"), ("May", "2003-05")],
    ),
    (
        "health-a-year-ago-in-march",
        "A year ago, in March, the virus spread.",
        date(2021, 9, 15),
        [("A year ago", "2020"), ("March", "2020-03")],
    ),
    (
        "culture-in-2020-as-in-2019",
        "In 2020, as in 2019, the fair was cancelled in May.",
        date(2021, 9, 15),
        [("2020", "2020"), ("2019", "2019"), ("May", "2020-05")],
    ),
    # Traps: a year as a starting point is no frame, nor a year that begins a span ("the 2021-22 season"), nor
    # a year in another sentence.
    (
        "sport-season-span-starts-in",
        "The 2021-22 season starts in August.",
        date(2021, 9, 15),
        [("2021", "2021"), ("August", "2022-08")],
    ),
    (
        "markets-since-2019-in-march",
        "Prices have risen since 2019, and in March they hit a record.",
        date(2021, 9, 15),
        [("2019", "2019"), ("March", "2021-03")],
    ),
    (
        "business-year-deep-in-sentence",
        "Under a plan approved by the board in 2018 that set no limit, the firm had bought shares through Aug. 27.",
        date(2021, 9, 15),
        [("2018", "2018"), ("Aug. 27", "2021-08-27")],
    ),
    (
        "business-year-then-next-sentence",
        "The plant opened in 2019. In March, it hired 200 workers.",
        date(2021, 9, 15),
        [("2019", "2019"), ("March", "2021-03")],
    ),
    # A rule announced in the present from a day put first starts on a day to come (written before the rule).
    ("health-starting-monday-are", "Starting Monday, masks are required indoors.", TUESDAY, [("Monday", "2021-09-13")]),
    (
        "health-from-monday-can",
        "From Monday, shops can open until 10 p.m.",
        TUESDAY,
        [("Monday", "2021-09-13"), ("10 p.m", "2021-09-13T22:00")],
    ),
    # Traps: the same told in the past, and "from" naming a source.
    (
        "health-starting-monday-were",
        "Starting Monday, masks were required indoors.",
        TUESDAY,
        [("Monday", "2021-09-06")],
    ),
    ("health-data-from-monday", "Data from Monday show a rise in cases.", TUESDAY, [("Monday", "2021-09-06")]),
    # Inside a quotation, "today" and "tomorrow" are the speaker's, counted from the day the attribution names
    # (written before the rule).
    (
        "quote-tomorrow-said-on",
        '"We will leave tomorrow," he said on Saturday.',
        MONDAY,
        [("tomorrow", "2021-09-05"), ("Saturday", "2021-09-04")],
    ),
    (
        "quote-today-curly",
        "\u201cToday is a historic day,\u201d the spokesman said on Sunday.",
        MONDAY,
        [("Today", "2021-09-05"), ("Sunday", "2021-09-05")],
    ),
    (
        "quote-said-on-colon-before",
        'He said on Saturday: "The talks will resume tomorrow."',
        MONDAY,
        [("Saturday", "2021-09-04"), ("tomorrow", "2021-09-05")],
    ),
    (
        "quote-yesterday-told-on",
        '"Yesterday was the worst day," she told reporters on Friday.',
        MONDAY,
        [("Yesterday", "2021-09-02"), ("Friday", "2021-09-03")],
    ),
    (
        "quote-two-sentences",
        '"We are ready. We will leave tomorrow night," he said on Saturday.',
        MONDAY,
        [("tomorrow night", "2021-09-05TNI"), ("Saturday", "2021-09-04")],
    ),
    (
        "quote-wire-backticks",
        "``We will leave tomorrow,'' he said on Saturday.",
        MONDAY,
        [("tomorrow", "2021-09-05"), ("Saturday", "2021-09-04")],
    ),
    # Traps: a quotation with no day named, and reported speech without quotation marks, count from publication.
    ("quote-no-day-named", '"We will leave tomorrow," he said.', MONDAY, [("tomorrow", "2021-09-07")]),
    (
        "quote-indirect-speech",
        "The minister said on Saturday that talks would resume tomorrow.",
        MONDAY,
        [("Saturday", "2021-09-04"), ("tomorrow", "2021-09-07")],
    ),
    # Irregular past forms of sport and crime reports mark the past (written before they were listed).
    ("sport-drew-in-february", "United drew with Leeds in February.", date(2021, 12, 6), [("February", "2021-02")]),
    ("sport-beat-in-february", "City beat Arsenal in February.", date(2021, 12, 6), [("February", "2021-02")]),
    (
        "crime-threw-in-january",
        "Protesters threw stones at police in January.",
        date(2021, 12, 6),
        [("January", "2021-01")],
    ),
    # Trap: "beat" after a future marker is the future.
    (
        "sport-will-beat-in-february",
        "City will beat Arsenal in February.",
        date(2021, 12, 6),
        [("February", "2022-02")],
    ),
    # "This winter" in January is the winter under way, which began the December before (written before the
    # fix).
    ("weather-this-winter-january", "This winter has been mild.", MON_NEW_YEAR, [("This winter", "2021-WI")]),
    ("weather-last-winter-january", "Last winter was harsh.", MON_NEW_YEAR, [("Last winter", "2020-WI")]),
    ("weather-this-winter-october", "This winter will be cold.", date(2022, 10, 3), [("This winter", "2022-WI")]),
    ("weather-this-summer-march", "This summer will be hot.", date(2022, 3, 7), [("This summer", "2022-SU")]),
    # British clock times with a full stop (written before the rule).
    ("crime-dotted-clock", "The blast happened at 8.45am local time.", MONDAY, [("8.45am", "2021-09-06T08:45")]),
    # An appointment given with "is" is still to come (written before the rule).
    (
        "politics-meeting-is-at-tuesday",
        "The meeting is at 10:30 a.m. Tuesday.",
        MONDAY,
        [("10:30 a.m. Tuesday", "2021-09-07T10:30")],
    ),
    (
        "courts-deadline-is-midnight",
        "The deadline is midnight Friday.",
        MONDAY,
        [("midnight Friday", "2021-09-10T24:00")],
    ),
    ("sport-final-is-on-sunday", "The final is on Sunday.", MONDAY, [("Sunday", "2021-09-12")]),
    # Traps: "says" is present but reports the past; a state since a day is no appointment.
    ("crime-police-say-monday", "Police say the man was arrested Saturday.", MONDAY, [("Saturday", "2021-09-04")]),
    ("health-is-closed-since", "The clinic is closed since Friday.", MONDAY, [("Friday", "2021-09-03")]),
    # Titles with a time word in them name a war, a prize or a year of the zodiac (written before the rule).
    ("history-six-day-war", "The Six-Day War began in 1967.", MONDAY, [("1967", "1967")]),
    ("history-thirty-years-war", "The Thirty Years' War ended in 1648.", MONDAY, [("1648", "1648")]),
    ("media-person-of-the-year", "She was named Person of the Year on Monday.", MONDAY, [("Monday", "2021-09-06")]),
    ("culture-year-of-the-ox", "The Year of the Ox began in February.", MONDAY, [("February", "2021-02")]),
    # Trap: a year counted, in lower case, is still a year.
    ("history-war-lasted-six-days", "The war lasted six days.", MONDAY, [("six days", "P6D")]),
    # A newspaper called a daily is no frequency (written before the rule).
    (
        "media-the-daily-name",
        "The Spanish daily El Pais reported on Sunday that talks had failed.",
        MONDAY,
        [("Sunday", "2021-09-05")],
    ),
    (
        "media-the-daily-reported",
        "The business daily reported the merger on Friday.",
        MONDAY,
        [("Friday", "2021-09-03")],
    ),
    # Trap: what happens every day is a set.
    ("health-daily-tally", "The ministry publishes a daily tally of cases.", MONDAY, [("daily", "P1D")]),
    # The minutes of a meeting are its record, not a length of time (written before the rule).
    (
        "markets-minutes-from-meeting",
        "Minutes from the Fed's July meeting, released on Wednesday, showed officials split.",
        MONDAY,
        [("July", "2021-07"), ("Wednesday", "2021-09-01")],
    ),
    (
        "markets-the-minutes-showed",
        "The minutes showed most officials favored a cut.",
        MONDAY,
        [],
    ),
    # Trap: minutes counted are still a length of time.
    (
        "crime-within-minutes-of",
        "Police arrived within minutes of the blast.",
        MONDAY,
        [("minutes", "PTXM")],
    ),
    # Halves are written in the next smaller unit, as valid TIMEX3 durations (written before the fix).
    ("crime-half-an-hour", "Police arrived half an hour later.", MONDAY, [("half an hour", "PT30M")]),
    ("politics-half-a-day", "The vote took half a day.", MONDAY, [("half a day", "PT12H")]),
    ("transport-a-half-hour", "The flight was delayed a half hour.", MONDAY, [("a half hour", "PT30M")]),
    ("war-day-and-a-half", "The battle lasted a day and a half.", MONDAY, [("a day and a half", "P1DT12H")]),
    ("courts-half-a-year", "The trial took half a year.", MONDAY, [("half a year", "P6M")]),
    ("weather-week-and-a-half", "The drought lasted a week and a half.", MONDAY, [("a week and a half", "P10DT12H")]),
    # "The week before last" is two back; a month has halves too (written before the rules).
    (
        "protest-weekend-before-last",
        "The weekend before last, protesters marched on parliament.",
        MONDAY,
        [("The weekend before last", "2021-W34-WE")],
    ),
    ("politics-week-before-last", "He resigned the week before last.", MONDAY, [("the week before last", "2021-W34")]),
    ("sport-week-after-next", "The final is the week after next.", MONDAY, [("the week after next", "2021-W38")]),
    (
        "war-second-half-of-august",
        "In the second half of August, the airlift intensified.",
        MONDAY,
        [("the second half of August", "2021-08")],
    ),
    # Traps: "last" and "next" that begin a date of their own; the half of a match is no time.
    (
        "election-week-before-last-years",
        "The week before last year's election, polls shifted.",
        MONDAY,
        [("last year", "2020")],
    ),
    (
        "sport-week-after-next-month",
        "He returns the week after next month's final.",
        MONDAY,
        [("next month", "2021-10")],
    ),
    ("sport-second-half-of-match", "The team scored twice in the second half of the match.", MONDAY, []),
    # A law's start and an expectation denied still look ahead (written before the rule).
    ("politics-comes-into-force", "The new law comes into force on Wednesday.", MONDAY, [("Wednesday", "2021-09-08")]),
    ("trade-enter-into-force", "The tariffs enter into force on Sept. 15.", MONDAY, [("Sept. 15", "2021-09-15")]),
    ("health-goes-into-effect", "The mask rule goes into effect on Friday.", MONDAY, [("Friday", "2021-09-10")]),
    ("courts-not-expected-before", "A ruling is not expected before Friday.", MONDAY, [("Friday", "2021-09-10")]),
    # Traps: the same in the past tense.
    ("politics-came-into-force", "The new law came into force on Wednesday.", MONDAY, [("Wednesday", "2021-09-01")]),
    ("courts-was-not-expected", "A ruling was not expected before Friday.", MONDAY, [("Friday", "2021-09-03")]),
    # An election's timetable in the present simple (written before the rule).
    (
        "election-polls-close-at",
        "Polls close at 8 p.m. on Sunday.",
        MONDAY,
        [("8 p.m. on Sunday", "2021-09-12T20:00")],
    ),
    ("election-polls-open-on", "Polls open on Sunday in most regions.", MONDAY, [("Sunday", "2021-09-12")]),
    ("election-go-to-the-polls", "Voters go to the polls on Sunday.", MONDAY, [("Sunday", "2021-09-12")]),
    ("election-heads-to-the-polls", "Chile heads to the polls on Sunday.", MONDAY, [("Sunday", "2021-09-12")]),
    ("politics-faces-a-vote", "The bill faces a vote in the Senate on Thursday.", MONDAY, [("Thursday", "2021-09-09")]),
    # Traps: the same told in the past tense.
    (
        "election-polls-closed-at",
        "Polls closed at 8 p.m. on Sunday.",
        MONDAY,
        [("8 p.m. on Sunday", "2021-09-05T20:00")],
    ),
    ("election-went-to-the-polls", "Voters went to the polls on Sunday.", MONDAY, [("Sunday", "2021-09-05")]),
    # Traps: a day put first takes the verb after the comma.
    (
        "politics-fronted-day-will",
        "On Sunday, the leader will address supporters.",
        THURSDAY,
        [("Sunday", "2022-03-06")],
    ),
    ("sport-fronted-day-past", "On Sunday, the team lost again.", THURSDAY, [("Sunday", "2022-02-27")]),
    # --- a present state lasts "until" a day to come; talks "continue on" a coming day (written first) ---
    ("diplomacy-embassy-closed-until", "The embassy is closed until Monday.", THURSDAY, [("Monday", "2022-03-07")]),
    ("transport-border-remains-shut", "The border remains shut until Friday.", THURSDAY, [("Friday", "2022-03-04")]),
    ("rescue-search-continues-on", "The search continues on Monday.", THURSDAY, [("Monday", "2022-03-07")]),
    # Traps: the past tense, and "since".
    ("culture-museum-was-closed-until", "The museum was closed until Monday.", THURSDAY, [("Monday", "2022-02-28")]),
    ("war-fighting-continued-on", "Fighting continued on Monday.", THURSDAY, [("Monday", "2022-02-28")]),
    ("health-ward-closed-since", "The ward is closed since Monday.", THURSDAY, [("Monday", "2022-02-28")]),
    # --- a night or a weekend forecast is still to come (written before the rules) ---
    (
        "weather-will-drop-overnight",
        "Temperatures will drop sharply overnight.",
        THURSDAY,
        [("overnight", "2022-03-03TNI")],
    ),
    (
        "weather-rain-forecast-weekend",
        "Heavy rain is forecast for the weekend.",
        THURSDAY,
        [("the weekend", "2022-W09-WE")],
    ),
    # Traps: a past night stays the night before publication; a past forecast is past.
    ("weather-fell-overnight", "Temperatures fell sharply overnight.", THURSDAY, [("overnight", "2022-03-02TNI")]),
    # --- "the March deadline", "the May elections": the month as an adjective (written before the rule) ---
    ("politics-the-march-deadline", "The March deadline was missed.", THURSDAY, [("March", "2022-03")]),
    ("politics-the-may-elections", "Parties are preparing for the May elections.", THURSDAY, [("May", "2022-05")]),
    # Traps: the march as a noun, and a name.
    ("history-march-on-washington", "He spoke at the March on Washington.", THURSDAY, []),
    ("protest-the-march-through-town", "Police said the March through town was peaceful.", THURSDAY, []),
    ("sport-march-madness", "Fans love the March Madness tournament.", THURSDAY, []),
    # --- "post-1989", "pre-2008" are years, whatever plural follows (written before the rule) ---
    ("politics-post-year", "The post-1989 order is fraying.", THURSDAY, [("post-1989", "1989")]),
    ("finance-pre-year-loans", "Pre-2008 mortgages carried more risk.", THURSDAY, [("Pre-2008", "2008")]),
    # Trap: a count stays a count.
    ("logistics-2000-trucks", "The firm sent 2000 trucks to the border.", THURSDAY, []),
    # --- the moving feasts of Easter, counted from Easter Sunday (written before the rule) ---
    (
        "religion-easter-sunday",
        "Crowds filled the square on Easter Sunday.",
        date(2022, 4, 20),
        [("Easter Sunday", "2022-04-17")],
    ),
    (
        "politics-good-friday",
        "Parliament will not sit on Good Friday.",
        date(2023, 3, 1),
        [("Good Friday", "2023-04-07")],
    ),
    (
        "travel-easter-monday",
        "Trains will run a reduced service on Easter Monday.",
        date(2024, 3, 20),
        [("Easter Monday", "2024-04-01")],
    ),
    ("religion-ash-wednesday", "Lent begins on Ash Wednesday.", date(2022, 2, 20), [("Ash Wednesday", "2022-03-02")]),
    ("retail-over-easter", "Shops reported strong sales over Easter.", date(2023, 4, 12), [("Easter", "2023-04-09")]),
    # Added when the corpus showed "Easter week" read as Easter Sunday: a holiday's week is a week.
    ("religion-easter-week", "Pilgrims arrive in Easter week.", date(2023, 3, 20), [("Easter week", "2023-W14")]),
    ("retail-christmas-week", "Sales slumped in Christmas week.", date(2022, 1, 10), [("Christmas week", "2021-W51")]),
    # Traps: names that hold a feast.
    (
        "politics-good-friday-agreement-1998",
        "The Good Friday Agreement was signed in 1998.",
        date(2022, 4, 20),
        [("1998", "1998")],
    ),
    ("travel-easter-island", "Tourism on Easter Island has recovered.", date(2022, 4, 20), []),
    ("history-easter-rising", "The Easter Rising shaped the republic.", date(2022, 4, 20), []),
    (
        "history-for-centuries",
        "The monastery has stood above the valley for centuries.",
        date(2022, 4, 20),
        [("centuries", "PXY")],
    ),
    # --- a second held-out batch, written blind by two of us on 26 November 2026 ---
    (
        "sport-uk-beat-on-sunday",
        "Liverpool beat Everton 2-0 at Anfield on Sunday.",
        date(2023, 2, 13),
        [("Sunday", "2023-02-12")],
    ),
    (
        "sport-uk-kick-off-is-at-3pm",
        "Kick-off is at 3pm on Saturday.",
        date(2023, 3, 8),
        [("3pm on Saturday", "2023-03-11T15:00")],
    ),
    (
        "sport-second-leg-next-wednesday",
        "The second leg is next Wednesday in Madrid.",
        date(2023, 3, 6),
        [("next Wednesday", "2023-03-15")],
    ),
    (
        "sport-host-this-saturday",
        "Rovers host Town this Saturday.",
        date(2023, 3, 7),
        [("this Saturday", "2023-03-11")],
    ),
    (
        "sport-derby-this-coming-saturday",
        "The derby is this coming Saturday.",
        date(2023, 3, 11),
        [("this coming Saturday", "2023-03-18")],
    ),
    (
        "sport-january-transfer-window",
        "United signed the defender in the January transfer window.",
        date(2023, 3, 1),
        [("January", "2023-01")],
    ),
    (
        "sport-window-shuts-11pm-day-month",
        "The transfer window shuts at 11pm on 1 September.",
        date(2022, 8, 25),
        [("11pm on 1 September", "2022-09-01T23:00")],
    ),
    (
        "sport-who-joined-will-debut",
        "The midfielder, who joined from Porto in January, will make his debut on Saturday.",
        date(2023, 3, 1),
        [("January", "2023-01"), ("Saturday", "2023-03-04")],
    ),
    (
        "sport-grand-national-weekday-day-month",
        "The Grand National is run on Saturday 15 April.",
        date(2023, 4, 10),
        [("Saturday 15 April", "2023-04-15")],
    ),
    ("sport-wimbledon-starts-on", "Wimbledon starts on 3 July.", date(2023, 6, 20), [("3 July", "2023-07-03")]),
    (
        "sport-season-kicks-off-friday-date",
        "The Premier League season kicks off on Friday 11 August.",
        date(2023, 6, 15),
        [("Friday 11 August", "2023-08-11")],
    ),
    (
        "sport-boxing-day-fixtures",
        "The Boxing Day fixtures will go ahead as planned.",
        date(2022, 12, 20),
        [("Boxing Day", "2022-12-26")],
    ),
    (
        "sport-manager-of-the-month",
        "He was named Manager of the Month on Friday.",
        date(2023, 2, 13),
        [("Friday", "2023-02-10")],
    ),
    ("sport-second-yellow-card", "The captain was sent off after a second yellow card.", date(2023, 2, 13), []),
    ("sport-second-half-penalty", "A second-half penalty settled the tie.", date(2023, 2, 13), []),
    ("sport-mail-on-sunday", "The Mail on Sunday reported that the manager had been sacked.", date(2023, 2, 13), []),
    ("sport-match-of-the-day", "The goal was shown on Match of the Day.", date(2023, 2, 13), []),
    ("sport-eleventh-hour", "The club completed the signing at the eleventh hour.", date(2023, 2, 1), []),
    (
        "sport-2000-guineas-race-name",
        "The favourite was withdrawn from the 2000 Guineas at Newmarket on Saturday.",
        date(2023, 5, 8),
        [("Saturday", "2023-05-06")],
    ),
    (
        "sport-hat-trick-in-minutes",
        "He scored a hat-trick in 11 minutes.",
        date(2023, 2, 13),
        [("11 minutes", "PT11M")],
    ),
    ("sport-12-day-ban", "The jockey was given a 12-day ban.", date(2023, 2, 13), [("12-day", "P12D")]),
    (
        "sport-fortnight-ago-year-boundary",
        "The club sacked its manager a fortnight ago.",
        date(2023, 1, 5),
        [("a fortnight ago", "2022-W51")],
    ),
    (
        "sport-ten-days-later-year-boundary",
        "England lost the first Test on 18 December. Ten days later, they levelled the series.",
        date(2023, 1, 4),
        [("18 December", "2022-12-18"), ("Ten days later", "2022-12-28")],
    ),
    (
        "sport-window-opens-monday-year-end",
        "The transfer window opens on Monday.",
        date(2023, 12, 29),
        [("Monday", "2024-01-01")],
    ),
    (
        "sport-quote-tonight-said-tuesday",
        '"The game will go ahead tonight," a club spokesman said on Tuesday.',
        date(2023, 1, 18),
        [("tonight", "2023-01-17TNI"), ("Tuesday", "2023-01-17")],
    ),
    (
        "sport-quote-next-year-said-sunday",
        '"We will be back next year," the captain said on Sunday.',
        date(2024, 1, 2),
        [("next year", "2024"), ("Sunday", "2023-12-31")],
    ),
    (
        "sport-uk-win-last-night",
        "Arsenal went top of the table with a 3-1 win last night.",
        date(2023, 1, 19),
        [("last night", "2023-01-18TNI")],
    ),
    (
        "sport-taken-over-that-evening",
        "The club was taken over on 6 October. That evening, fans gathered outside the ground.",
        date(2023, 10, 20),
        [("6 October", "2023-10-06"), ("That evening", "2023-10-06TEV")],
    ),
    (
        "crime-arrested-on-day-month",
        "He was arrested on 3 February.",
        date(2023, 3, 15),
        [("3 February", "2023-02-03")],
    ),
    (
        "courts-sentenced-on-3rd-march",
        "He will be sentenced on 3rd March.",
        date(2023, 2, 9),
        [("3rd March", "2023-03-03")],
    ),
    (
        "courts-arrested-charged-next-day",
        "The man was arrested on 2 May and charged the next day.",
        date(2023, 5, 10),
        [("2 May", "2023-05-02"), ("the next day", "2023-05-03")],
    ),
    (
        "courts-jailed-18-months-on-friday",
        "She was jailed for 18 months at Leeds Crown Court on Friday.",
        date(2023, 6, 12),
        [("18 months", "P18M"), ("Friday", "2023-06-09")],
    ),
    (
        "courts-adjourned-until-day-month-year-end",
        "The hearing was adjourned until 12 January.",
        date(2022, 12, 20),
        [("12 January", "2023-01-12")],
    ),
    (
        "courts-due-to-appear-monday",
        "The two men are due to appear before magistrates on Monday.",
        date(2023, 6, 17),
        [("Monday", "2023-06-19")],
    ),
    (
        "courts-trial-began-expected-to-last",
        "The trial, which began in January, is expected to last six weeks.",
        date(2023, 2, 7),
        [("January", "2023-01"), ("six weeks", "P6W")],
    ),
    (
        "crime-early-hours-new-years-day",
        "A man was stabbed in the early hours of New Year's Day.",
        date(2023, 1, 3),
        [("New Year's Day", "2023-01-01")],
    ),
    (
        "courts-night-of-day-month",
        "The court heard that the victim was attacked on the night of 4 June.",
        date(2023, 9, 20),
        [("the night of 4 June", "2023-06-04TNI")],
    ),
    (
        "courts-offences-between-years",
        "The offences took place between 2015 and 2018.",
        date(2023, 9, 20),
        [("2015", "2015"), ("2018", "2018")],
    ),
    ("courts-parole-in-2031", "He will be eligible for parole in 2031.", date(2023, 9, 20), [("2031", "2031")]),
    (
        "courts-quote-today-said-friday",
        '"Today justice has been done," the victim\'s brother said outside court on Friday.',
        date(2023, 6, 12),
        [("Today", "2023-06-09"), ("Friday", "2023-06-09")],
    ),
    ("crime-section-18", "He admitted wounding with intent under section 18.", date(2023, 6, 12), []),
    ("crime-year-9-pupil", "A Year 9 pupil was taken to hospital.", date(2023, 6, 12), []),
    (
        "crime-charged-and-will-appear",
        "A man from Luton was charged on Friday and will appear in court on Monday.",
        date(2023, 6, 17),
        [("Friday", "2023-06-16"), ("Monday", "2023-06-19")],
    ),
    (
        "crime-who-were-called-will-hold",
        "Police, who were called at 10.30pm on Saturday, will hold a press conference on Tuesday.",
        date(2023, 6, 19),
        [("10.30pm on Saturday", "2023-06-17T22:30"), ("Tuesday", "2023-06-20")],
    ),
    (
        "courts-trial-opened-week-later",
        "The trial opened on 9 January. A week later, the jury was discharged.",
        date(2023, 2, 1),
        [("9 January", "2023-01-09"), ("A week later", "2023-W03")],
    ),
    (
        "crime-999-call-at-clock",
        "Police received a 999 call at 2.15am.",
        date(2023, 6, 19),
        [("2.15am", "2023-06-19T02:15")],
    ),
    (
        "crime-stolen-previous-day",
        "The car was found burnt out on 14 August. It had been stolen the previous day.",
        date(2023, 8, 20),
        [("14 August", "2023-08-14"), ("the previous day", "2023-08-13")],
    ),
    (
        "courts-adjourned-until-next-month",
        "The case was adjourned until next month.",
        date(2023, 11, 28),
        [("next month", "2023-12")],
    ),
    ("courts-10-year-sentence", "He is serving a 10-year sentence.", date(2023, 11, 28), [("10-year", "P10Y")]),
    (
        "crime-quote-last-night-told-sunday",
        '"Last night was terrifying," one resident told the BBC on Sunday.',
        date(2023, 6, 20),
        [("Last night", "2023-06-17TNI"), ("Sunday", "2023-06-18")],
    ),
    (
        "courts-jury-retired-verdict-after-11am",
        "The jury retired on Tuesday afternoon and returned its verdict shortly after 11am on Wednesday.",
        date(2023, 3, 16),
        [("Tuesday afternoon", "2023-03-14TAF"), ("11am on Wednesday", "2023-03-15T11:00")],
    ),
    (
        "crime-arrested-weekday-date-year-boundary",
        "He was arrested on Friday 30 December.",
        date(2023, 1, 4),
        [("Friday 30 December", "2022-12-30")],
    ),
    (
        "courts-resume-next-tuesday-from-tuesday",
        "The jury will resume its deliberations next Tuesday.",
        date(2023, 3, 14),
        [("next Tuesday", "2023-03-21")],
    ),
    (
        "courts-inquest-last-monday-from-monday",
        "The inquest heard evidence last Monday.",
        date(2023, 3, 13),
        [("last Monday", "2023-03-06")],
    ),
    (
        "health-in-the-coming-weeks",
        "The results are expected in the coming weeks.",
        date(2023, 5, 10),
        [("the coming weeks", "FUTURE_REF")],
    ),
    ("health-six-month-trial", "Patients took part in a six-month trial.", date(2023, 5, 10), [("six-month", "P6M")]),
    (
        "health-who-declared-day-month-year",
        "The WHO declared a pandemic on 11 March 2020.",
        date(2023, 5, 10),
        [("11 March 2020", "2020-03-11")],
    ),
    ("health-spring-2020", "The first wave peaked in spring 2020.", date(2023, 5, 10), [("spring 2020", "2020-SP")]),
    (
        "health-so-far-this-year",
        "Some 1,200 cases have been recorded so far this year.",
        date(2023, 7, 10),
        [("this year", "2023")],
    ),
    (
        "health-confirmed-month-later",
        "The first case was confirmed on 2 January. A month later, the ward was closed.",
        date(2023, 3, 1),
        [("2 January", "2023-01-02"), ("A month later", "2023-02")],
    ),
    ("health-phase-3-trial", "The vaccine is now in a phase 3 trial.", date(2023, 3, 1), [("now", "PRESENT_REF")]),
    (
        "health-boosters-from-the-autumn",
        "Boosters will be offered from the autumn.",
        date(2023, 5, 10),
        [("the autumn", "2023-FA")],
    ),
    (
        "health-quote-next-week-said-thursday",
        '"We will know more next week," the chief medical officer said on Thursday.',
        date(2023, 6, 12),
        [("next week", "2023-W24"), ("Thursday", "2023-06-08")],
    ),
    (
        "science-published-wednesday-for-a-decade",
        "The study, published on Wednesday in the journal Nature, followed 5,000 adults for a decade.",
        date(2023, 6, 15),
        [("Wednesday", "2023-06-14"), ("a decade", "P10Y")],
    ),
    (
        "health-outbreak-year-later",
        "The outbreak began in March 2020. A year later, vaccines were being rolled out.",
        date(2023, 5, 1),
        [("March 2020", "2020-03"), ("A year later", "2021")],
    ),
    (
        "health-weekly-rather-than-daily",
        "The agency now publishes figures weekly rather than daily.",
        date(2023, 5, 1),
        [("now", "PRESENT_REF"), ("weekly", "P1W"), ("daily", "P1D")],
    ),
    (
        "health-quote-this-morning-said-wednesday",
        '"This morning we found two more cases," the health minister said on Wednesday.',
        date(2023, 3, 16),
        [("This morning", "2023-03-15TMO"), ("Wednesday", "2023-03-15")],
    ),
    (
        "science-probe-due-to-launch-september",
        "The probe is due to launch in September.",
        date(2023, 10, 4),
        [("September", "2024-09")],
    ),
    (
        "health-closed-in-2019-reopen-next-spring",
        "The hospital, which closed its A&E in 2019, will reopen it next spring.",
        date(2023, 9, 12),
        [("2019", "2019"), ("next spring", "2024-SP")],
    ),
    (
        "science-12-week-course",
        "Patients received a 12-week course of the drug.",
        date(2023, 9, 12),
        [("12-week", "P12W")],
    ),
    (
        "health-later-this-month",
        "A decision is expected later this month.",
        date(2023, 6, 12),
        [("later this month", "2023-06")],
    ),
    (
        "health-outbreak-first-reported-monday",
        "The outbreak, first reported on Monday, has spread to three towns.",
        date(2023, 3, 16),
        [("Monday", "2023-03-13")],
    ),
    (
        "science-observe-about-five-hours",
        "The telescope will observe the comet for about five hours.",
        date(2023, 3, 16),
        [("about five hours", "PT5H")],
    ),
    ("weather-early-tuesday", "The storm made landfall early Tuesday.", date(2023, 9, 13), [("Tuesday", "2023-09-12")]),
    (
        "weather-late-last-night",
        "The river burst its banks late last night.",
        date(2023, 10, 20),
        [("late last night", "2023-10-19TNI")],
    ),
    (
        "weather-runs-until-0600-gmt-friday",
        "The warning runs until 0600 GMT on Friday.",
        date(2023, 10, 19),
        [("0600 GMT on Friday", "2023-10-20T06:00")],
    ),
    (
        "weather-peaked-10-30pm-wednesday",
        "The river peaked at 10.30pm on Wednesday.",
        date(2023, 10, 20),
        [("10.30pm on Wednesday", "2023-10-18T22:30")],
    ),
    (
        "weather-overnight-said-tuesday-wednesday-paper",
        "Flood defences were breached overnight, the Environment Agency said on Tuesday.",
        date(2023, 11, 8),
        [("overnight", "2023-11-06TNI"), ("Tuesday", "2023-11-07")],
    ),
    (
        "weather-in-force-from-6pm-until-midday",
        "A yellow warning for snow is in force from 6pm on Sunday until midday on Monday.",
        date(2023, 2, 3),
        [("6pm on Sunday", "2023-02-05T18:00"), ("midday on Monday", "2023-02-06T12:00")],
    ),
    (
        "weather-forecast-to-reach-35c",
        "Temperatures are forecast to reach 35C on Friday.",
        date(2023, 7, 11),
        [("Friday", "2023-07-14")],
    ),
    (
        "weather-last-month-hottest-july",
        "Last month was the hottest July on record.",
        date(2023, 8, 3),
        [("Last month", "2023-07"), ("July", "2023-07")],
    ),
    ("weather-worst-since-1953", "It was the worst flooding since 1953.", date(2023, 8, 3), [("1953", "1953")]),
    (
        "disaster-wednesday-afternoon",
        "Hurricane Ian made landfall in Florida on Wednesday afternoon.",
        date(2022, 9, 29),
        [("Wednesday afternoon", "2022-09-28TAF")],
    ),
    (
        "disaster-toll-tuesday-by-thursday-evening",
        "The death toll, which stood at 40 on Tuesday, had risen to 61 by Thursday evening.",
        date(2023, 2, 10),
        [("Tuesday", "2023-02-07"), ("Thursday evening", "2023-02-09TEV")],
    ),
    (
        "disaster-searching-three-days",
        "Rescuers have been searching the rubble for three days.",
        date(2023, 2, 10),
        [("three days", "P3D")],
    ),
    (
        "disaster-struck-that-night",
        "The earthquake struck on 6 February. That night, temperatures fell below freezing.",
        date(2023, 2, 20),
        [("6 February", "2023-02-06"), ("That night", "2023-02-06TNI")],
    ),
    (
        "disaster-fire-following-morning",
        "The fire broke out on Saturday 8 July. By the following morning, it had spread to the village.",
        date(2023, 7, 12),
        [("Saturday 8 July", "2023-07-08"), ("the following morning", "2023-07-09TMO")],
    ),
    ("weather-around-the-clock", "Engineers worked around the clock to restore power.", date(2023, 7, 12), []),
    (
        "weather-last-night-new-years-day",
        "Revellers braved heavy rain last night.",
        date(2024, 1, 1),
        [("last night", "2023-12-31TNI")],
    ),
    (
        "disaster-dam-two-days-earlier",
        "The dam burst on 11 September. Two days earlier, residents had been told to leave.",
        date(2023, 9, 20),
        [("11 September", "2023-09-11"), ("Two days earlier", "2023-09-09")],
    ),
    (
        "weather-struck-and-forecast-for-weekend",
        "Storm Babet struck on 19 October and more rain is forecast for the weekend.",
        date(2023, 10, 23),
        [("19 October", "2023-10-19"), ("the weekend", "2023-W43-WE")],
    ),
    (
        "weather-gusts-at-0400-gmt",
        "Gusts of 90mph were recorded at 0400 GMT.",
        date(2023, 10, 20),
        [("0400 GMT", "2023-10-20T04:00")],
    ),
    (
        "weather-2022-warmest-year",
        "The Met Office said 2022 was the UK's warmest year on record.",
        date(2023, 1, 5),
        [("2022", "2022")],
    ),
    ("weather-next-week-iso-week-53", "Snow is expected next week.", date(2026, 12, 30), [("next week", "2027-W01")]),
    (
        "disaster-blaze-at-dawn",
        "Firefighters were still tackling the blaze at dawn.",
        date(2023, 7, 12),
        [("dawn", "2023-07-12TMO")],
    ),
    (
        "disaster-monday-night-into-tuesday-morning",
        "The fire burned from Monday night into Tuesday morning.",
        date(2023, 8, 9),
        [("Monday night", "2023-08-07TNI"), ("Tuesday morning", "2023-08-08TMO")],
    ),
    (
        "uk-opened-day-month-year-reports-thursday",
        "The inquiry, which opened on 5 September 2021, reports on Thursday.",
        date(2023, 3, 13),
        [("5 September 2021", "2021-09-05"), ("Thursday", "2023-03-16")],
    ),
    (
        "uk-the-week-before",
        "The ferry sank on 12 March. The week before, inspectors had passed it as safe.",
        date(2023, 4, 5),
        [("12 March", "2023-03-12"), ("The week before", "2023-W09")],
    ),
    (
        "uk-bank-holiday-monday",
        "Engineering works will close the line on Bank Holiday Monday.",
        date(2023, 8, 23),
        [("Bank Holiday Monday", "2023-08-28")],
    ),
    (
        "uk-quote-single-curly-tomorrow",
        "‘We will fight on tomorrow,’ the union leader said on Saturday.",
        date(2023, 3, 13),
        [("tomorrow", "2023-03-12"), ("Saturday", "2023-03-11")],
    ),
    (
        "uk-began-on-the-3rd-ended-on-the-10th",
        "The strike began on the 3rd and ended on the 10th.",
        date(2023, 3, 15),
        [("the 3rd", "2023-03-03"), ("the 10th", "2023-03-10")],
    ),
    (
        "uk-said-last-night-that",
        "Downing Street said last night that the talks had failed.",
        date(2023, 3, 15),
        [("last night", "2023-03-14TNI")],
    ),
    (
        "uk-approved-fortnight-later",
        "The council approved the plan on 3 October. A fortnight later, it was scrapped.",
        date(2023, 11, 1),
        [("3 October", "2023-10-03"), ("A fortnight later", "2023-W42")],
    ),
    (
        "uk-saturday-from-10am-to-4pm",
        "The museum will open on Saturday from 10am to 4pm.",
        date(2023, 6, 14),
        [("Saturday", "2023-06-17"), ("10am", "2023-06-17T10:00"), ("4pm", "2023-06-17T16:00")],
    ),
    ("uk-polls-on-4-may", "Voters go to the polls on 4 May.", date(2023, 4, 20), [("4 May", "2023-05-04")]),
    (
        "uk-weekday-day-month-year",
        "The Queen died on Thursday 8 September 2022.",
        date(2023, 9, 8),
        [("Thursday 8 September 2022", "2022-09-08")],
    ),
    ("uk-from-mid-march", "Prices will rise from mid-March.", date(2023, 2, 1), [("mid-March", "2023-03")]),
    (
        "sport-sunday-paper-yesterday-afternoon",
        "City were held to a draw at home yesterday afternoon.",
        date(2023, 4, 16),
        [("yesterday afternoon", "2023-04-15TAF")],
    ),
    (
        "crime-sunday-paper-last-week",
        "Detectives made three arrests last week.",
        date(2023, 4, 16),
        [("last week", "2023-W14")],
    ),
    (
        "weather-sunday-paper-saturday-night",
        "Thunderstorms swept across the south on Saturday night.",
        date(2023, 6, 18),
        [("Saturday night", "2023-06-17TNI")],
    ),
    (
        "elections-runoff-day-month",
        "The two leading candidates will face each other in a run-off on 2 July.",
        date(2023, 6, 14),
        [("2 July", "2023-07-02")],
    ),
    (
        "elections-polls-open-7am-close-8pm",
        "Polls open at 7 a.m. on Sunday and close at 8 p.m.",
        date(2023, 6, 15),
        [("7 a.m. on Sunday", "2023-06-18T07:00"), ("8 p.m", "2023-06-18T20:00")],
    ),
    (
        "elections-results-due-by-thursday",
        "Official results are due by Thursday, the electoral commission said.",
        date(2025, 10, 20),
        [("Thursday", "2025-10-23")],
    ),
    (
        "elections-theresa-may-name",
        "Theresa May called the snap election in April 2017.",
        date(2023, 6, 14),
        [("April 2017", "2017-04")],
    ),
    ("elections-lowest-since-1945", "Turnout was the lowest since 1945.", date(2023, 6, 14), [("1945", "1945")]),
    (
        "elections-runoff-weekday-date",
        "The run-off is scheduled for Sunday, July 2.",
        date(2023, 6, 14),
        [("Sunday, July 2", "2023-07-02")],
    ),
    (
        "elections-sworn-in-jan-20",
        "The president-elect will be sworn in on Jan. 20.",
        date(2024, 11, 7),
        [("Jan. 20", "2025-01-20")],
    ),
    ("elections-mail-on-sunday", "The Mail on Sunday published the leaked memo.", date(2023, 6, 14), []),
    (
        "elections-every-four-years",
        "The assembly is elected every four years.",
        date(2023, 6, 14),
        [("every four years", "P4Y")],
    ),
    (
        "elections-five-year-term",
        "She was elected to a five-year term in 2019.",
        date(2023, 6, 14),
        [("five-year", "P5Y"), ("2019", "2019")],
    ),
    (
        "elections-exit-poll-10pm",
        "An exit poll will be published at 10 p.m.",
        date(2024, 7, 4),
        [("10 p.m", "2024-07-04T22:00")],
    ),
    (
        "elections-taiwan-elect-jan-13",
        "Voters in Taiwan elect a new president on Jan. 13.",
        date(2023, 12, 29),
        [("Jan. 13", "2024-01-13")],
    ),
    (
        "elections-may-call-in-may",
        "The prime minister may call an election in May.",
        date(2024, 2, 29),
        [("May", "2024-05")],
    ),
    (
        "elections-suspended-last-week-new-year",
        "Campaigning was suspended last week.",
        date(2024, 1, 2),
        [("last week", "2023-W52")],
    ),
    (
        "diplomacy-summit-nov-to-dec",
        "The climate summit runs from Nov. 30 to Dec. 12 in Dubai.",
        date(2023, 11, 7),
        [("Nov. 30", "2023-11-30"), ("Dec. 12", "2023-12-12")],
    ),
    (
        "diplomacy-until-midnight-dec-31",
        "Negotiators have until midnight on Dec. 31 to strike a deal.",
        date(2023, 12, 29),
        [("midnight on Dec. 31", "2023-12-31T24:00")],
    ),
    (
        "diplomacy-resume-early-next-year",
        "Talks will resume early next year.",
        date(2023, 12, 29),
        [("early next year", "2024")],
    ),
    (
        "diplomacy-recalled-three-days-later",
        "The ambassador was recalled on March 3. Three days later, the embassy closed its doors.",
        date(2023, 4, 22),
        [("March 3", "2023-03-03"), ("Three days later", "2023-03-06")],
    ),
    (
        "diplomacy-quote-next-week-said-friday",
        '"We will sign the agreement next week," the foreign minister said on Friday.',
        date(2025, 10, 20),
        [("next week", "2025-W43"), ("Friday", "2025-10-17")],
    ),
    (
        "diplomacy-quote-yesterday-new-years-day",
        '"Yesterday we made real progress," the envoy said on Monday.',
        date(2024, 1, 2),
        [("Yesterday", "2023-12-31"), ("Monday", "2024-01-01")],
    ),
    (
        "diplomacy-talks-more-than-12-hours",
        "The talks in Istanbul lasted more than 12 hours.",
        date(2023, 6, 14),
        [("more than 12 hours", "PT12H")],
    ),
    (
        "diplomacy-this-coming-sunday",
        "EU leaders gather in Brussels this coming Sunday.",
        date(2022, 7, 3),
        [("this coming Sunday", "2022-07-10")],
    ),
    (
        "diplomacy-next-friday-in-friday-paper",
        "The talks open next Friday.",
        date(2023, 11, 24),
        [("next Friday", "2023-12-01")],
    ),
    (
        "diplomacy-last-sunday-in-sunday-paper",
        "The foreign minister flew to Ankara last Sunday.",
        date(2022, 7, 3),
        [("last Sunday", "2022-06-26")],
    ),
    (
        "diplomacy-talks-run-monday-to-wednesday",
        "The talks run from Monday to Wednesday.",
        date(2023, 11, 24),
        [("Monday", "2023-11-27"), ("Wednesday", "2023-11-29")],
    ),
    (
        "diplomacy-quote-sunday-told-thursday",
        '"The vote will be held on Sunday," the minister told reporters on Thursday.',
        date(2023, 4, 22),
        [("Sunday", "2023-04-23"), ("Thursday", "2023-04-20")],
    ),
    (
        "diplomacy-next-summit-in-march",
        "The next summit will take place in Nairobi in March.",
        date(2023, 11, 7),
        [("March", "2024-03")],
    ),
    (
        "diplomacy-quote-this-week-said-friday",
        '"This week has been the hardest of the war," the general said on Friday.',
        date(2025, 10, 20),
        [("This week", "2025-W42"), ("Friday", "2025-10-17")],
    ),
    (
        "markets-q2-earnings-on-july-25",
        "The company will report second-quarter earnings on July 25.",
        date(2023, 6, 14),
        [("second-quarter", "2023-Q2"), ("July 25", "2023-07-25")],
    ),
    (
        "markets-first-half-profit-said-tuesday",
        "First-half profit fell 8%, the bank said on Tuesday.",
        date(2023, 8, 2),
        [("First-half", "2023-H1"), ("Tuesday", "2023-08-01")],
    ),
    (
        "markets-fourth-quarter-in-january",
        "Revenue rose 6% in the fourth quarter, the retailer said.",
        date(2024, 1, 25),
        [("the fourth quarter", "2023-Q4")],
    ),
    (
        "markets-year-ago-quarter-next-sentence",
        "Net income rose to $2.1 billion in the third quarter."
        " That compared with $1.8 billion in the year-ago quarter.",
        date(2023, 10, 25),
        [("the third quarter", "2023-Q3"), ("the year-ago quarter", "2022-Q3")],
    ),
    (
        "markets-close-by-end-of-year",
        "The merger is expected to close by the end of the year.",
        date(2023, 4, 22),
        [("the end of the year", "2023")],
    ),
    (
        "markets-second-half-of-2024",
        "Analysts expect rate cuts in the second half of 2024.",
        date(2023, 11, 7),
        [("the second half of 2024", "2024-H2")],
    ),
    ("markets-meet-annually", "Shareholders meet annually in Omaha.", date(2023, 6, 14), [("annually", "P1Y")]),
    (
        "markets-reports-after-bell-wednesday",
        "Nvidia reports results after the bell on Wednesday.",
        date(2023, 11, 20),
        [("Wednesday", "2023-11-22")],
    ),
    (
        "markets-two-year-contract-friday",
        "The striker signed a two-year contract on Friday.",
        date(2023, 6, 14),
        [("two-year", "P2Y"), ("Friday", "2023-06-09")],
    ),
    (
        "markets-review-about-six-months",
        "The review will take about six months.",
        date(2023, 6, 14),
        [("about six months", "P6M")],
    ),
    ("markets-on-hold-since-july", "Rates have been on hold since July.", date(2024, 2, 29), [("July", "2023-07")]),
    ("markets-bids-by-leap-day", "Bids must be submitted by Feb. 29.", date(2024, 2, 12), [("Feb. 29", "2024-02-29")]),
    ("markets-a-week-ago-leap-week", "Shares fell 9% a week ago.", date(2024, 3, 7), [("a week ago", "2024-W09")]),
    (
        "markets-first-quarter-of-2024",
        "The deal is expected to close in the first quarter of 2024.",
        date(2023, 11, 7),
        [("the first quarter of 2024", "2024-Q1")],
    ),
    ("markets-released-weekly", "Jobless claims data is released weekly.", date(2023, 6, 14), [("weekly", "P1W")]),
    (
        "markets-the-quarter-next-sentence",
        "Alphabet's profit rose 42% in the third quarter. Revenue for the quarter was $76.7 billion.",
        date(2023, 10, 25),
        [("the third quarter", "2023-Q3"), ("the quarter", "2023-Q3")],
    ),
    (
        "markets-the-latest-quarter",
        "Revenue rose 9% in the latest quarter.",
        date(2023, 8, 2),
        [("the latest quarter", "2023-Q2")],
    ),
    (
        "markets-quarter-a-year-earlier",
        "Sales reached $4 billion in the second quarter, down 3% from the quarter a year earlier.",
        date(2023, 8, 2),
        [("the second quarter", "2023-Q2"), ("the quarter a year earlier", "2022-Q2")],
    ),
    ("markets-offer-closes-mid-march", "The offer closes in mid-March.", date(2024, 2, 29), [("mid-March", "2024-03")]),
    (
        "markets-shut-dec-31-and-jan-1",
        "Markets will close early on Dec. 31 and stay shut on Jan. 1.",
        date(2024, 12, 27),
        [("Dec. 31", "2024-12-31"), ("Jan. 1", "2025-01-01")],
    ),
    (
        "markets-quote-last-month-said-jan-3",
        '"Sales last month beat every forecast," the chief executive said on Jan. 3.',
        date(2024, 2, 6),
        [("last month", "2023-12"), ("Jan. 3", "2024-01-03")],
    ),
    ("markets-this-week-iso-new-year", "Trading is thin this week.", date(2024, 12, 31), [("this week", "2025-W01")]),
    (
        "markets-may-approve-in-june",
        "Regulators may approve the deal in June.",
        date(2023, 4, 22),
        [("June", "2023-06")],
    ),
    (
        "tech-headset-early-next-year",
        "The headset will go on sale early next year.",
        date(2023, 6, 14),
        [("early next year", "2024")],
    ),
    (
        "tech-later-this-month",
        "The update rolls out later this month.",
        date(2023, 11, 7),
        [("later this month", "2023-11")],
    ),
    (
        "tech-windows-10-october-2025",
        "Microsoft will end support for Windows 10 in October 2025.",
        date(2023, 6, 14),
        [("October 2025", "2025-10")],
    ),
    ("tech-ios-17-monday", "Apple released iOS 17 on Monday.", date(2023, 9, 20), [("Monday", "2023-09-18")]),
    (
        "tech-24-hour-news-channel",
        "The 24-hour news channel went off air on Tuesday.",
        date(2023, 9, 20),
        [("24-hour", "PT24H"), ("Tuesday", "2023-09-19")],
    ),
    (
        "tech-crewed-flight-fourth-quarter",
        "SpaceX will attempt the first crewed flight in the fourth quarter.",
        date(2023, 6, 14),
        [("the fourth quarter", "2023-Q4")],
    ),
    (
        "tech-unveiled-in-november-new-year",
        "Samsung unveiled the phone in November.",
        date(2024, 1, 2),
        [("November", "2023-11")],
    ),
    (
        "tech-step-down-end-of-month",
        "The chief executive will step down at the end of the month.",
        date(2023, 11, 7),
        [("the end of the month", "2023-11")],
    ),
    (
        "tech-outage-nearly-five-hours",
        "The outage lasted nearly five hours on Tuesday.",
        date(2023, 9, 20),
        [("nearly five hours", "PT5H"), ("Tuesday", "2023-09-19")],
    ),
    (
        "tech-updates-every-tuesday",
        "The firm ships security updates every Tuesday.",
        date(2023, 9, 20),
        [("every Tuesday", "XXXX-WXX-2")],
    ),
    ("tech-backups-twice-a-week", "Backups run twice a week.", date(2023, 9, 20), [("twice a week", "P1W")]),
    (
        "tech-carbon-neutral-by-2030",
        "The company aims to be carbon neutral by 2030.",
        date(2023, 9, 20),
        [("2030", "2030")],
    ),
    (
        "tech-in-the-coming-weeks",
        "The feature will reach users in the coming weeks.",
        date(2023, 9, 20),
        [("the coming weeks", "FUTURE_REF")],
    ),
    (
        "tech-pixel-goes-on-sale-thursday",
        "The Pixel 8 goes on sale on Thursday.",
        date(2023, 10, 4),
        [("Thursday", "2023-10-05")],
    ),
    ("tech-daily-users", "The app has 100 million daily users.", date(2023, 9, 20), [("daily", "P1D")]),
    (
        "tech-film-title-day-after-tomorrow",
        "Critics panned The Day After Tomorrow on its release.",
        date(2023, 9, 20),
        [],
    ),
    (
        "obituary-born-1934-died-saturday",
        "Born in Lagos in 1934, she died on Saturday at her home in London.",
        date(2024, 3, 4),
        [("1934", "1934"), ("Saturday", "2024-03-02")],
    ),
    ("obituary-late-1980s", "He moved to Paris in the late 1980s.", date(2023, 6, 14), [("the late 1980s", "198")]),
    (
        "obituary-albums-1970s",
        "She recorded her best-known albums in the 1970s.",
        date(2023, 6, 14),
        [("the 1970s", "197")],
    ),
    (
        "history-between-1967-and-1974",
        "The junta ruled Greece between 1967 and 1974.",
        date(2023, 6, 14),
        [("1967", "1967"), ("1974", "1974")],
    ),
    (
        "history-early-18th-century",
        "The canal was dug in the early 18th century.",
        date(2023, 6, 14),
        [("the early 18th century", "17")],
    ),
    (
        "obituary-two-years-later-oscar",
        "She won her first Oscar in 1987; two years later she won a second.",
        date(2023, 6, 14),
        [("1987", "1987"), ("two years later", "1989")],
    ),
    (
        "obituary-more-than-half-a-century",
        "He ran the family bakery for more than half a century.",
        date(2023, 6, 14),
        [("more than half a century", "P50Y")],
    ),
    ("history-the-sixties", "The band formed in the sixties.", date(2023, 6, 14), [("the sixties", "196")]),
    (
        "history-apostrophe-90s-fronted",
        "In the '90s, the club won three titles.",
        date(2023, 6, 14),
        [("the '90s", "199")],
    ),
    (
        "obituary-chairman-from-until",
        "He was chairman from 1988 until 1996.",
        date(2023, 6, 14),
        [("1988", "1988"), ("1996", "1996")],
    ),
    (
        "obituary-widowed-following-year",
        "She married in 1956 and was widowed the following year.",
        date(2023, 6, 14),
        [("1956", "1956"), ("the following year", "1957")],
    ),
    (
        "obituary-decade-in-exile",
        "After a decade in exile, he returned in 1991.",
        date(2023, 6, 14),
        [("a decade", "P10Y"), ("1991", "1991")],
    ),
    (
        "history-the-year-1066",
        "The abbey was consecrated in the year 1066.",
        date(2023, 6, 14),
        [("the year 1066", "1066")],
    ),
    (
        "history-june-1919-six-months-later",
        "The treaty was signed in June 1919. Six months later, it came into force.",
        date(2023, 6, 14),
        [("June 1919", "1919-06"), ("Six months later", "1919-12")],
    ),
    (
        "obituary-two-days-later-new-year",
        "The singer collapsed on stage on Dec. 30. Two days later, he died.",
        date(2024, 1, 5),
        [("Dec. 30", "2023-12-30"), ("Two days later", "2024-01-01")],
    ),
    (
        "history-leap-day-wedding-four-years-later",
        "The couple married on Feb. 29, 2020. Four years later, they renewed their vows.",
        date(2024, 3, 4),
        [("Feb. 29, 2020", "2020-02-29"), ("Four years later", "2024")],
    ),
    (
        "conflict-occupied-since-february-24",
        "Russian forces have occupied the town since February 24.",
        date(2022, 10, 11),
        [("February 24", "2022-02-24")],
    ),
    (
        "conflict-for-more-than-a-year",
        "The siege has lasted for more than a year.",
        date(2023, 6, 14),
        [("more than a year", "P1Y")],
    ),
    (
        "conflict-in-the-last-24-hours",
        "The army said it struck 150 targets in the last 24 hours.",
        date(2023, 11, 22),
        [("the last 24 hours", "PT24H")],
    ),
    (
        "conflict-ceasefire-takes-effect-6am",
        "The ceasefire takes effect at 6 a.m. on Friday.",
        date(2023, 11, 22),
        [("6 a.m. on Friday", "2023-11-24T06:00")],
    ),
    (
        "conflict-truce-extended-by-two-days",
        "The truce was extended by two days on Monday.",
        date(2023, 11, 28),
        [("two days", "P2D"), ("Monday", "2023-11-27")],
    ),
    (
        "conflict-the-following-day",
        "The army entered the city on Oct. 27. The following day, it cut the main road.",
        date(2023, 11, 7),
        [("Oct. 27", "2023-10-27"), ("The following day", "2023-10-28")],
    ),
    (
        "conflict-overnight-sunday-paper",
        "Drones struck the capital overnight, the mayor said.",
        date(2023, 8, 20),
        [("overnight", "2023-08-19TNI")],
    ),
    (
        "conflict-two-weeks-of-fighting",
        "After two weeks of fighting, the rebels withdrew.",
        date(2023, 11, 22),
        [("two weeks", "P2W")],
    ),
    (
        "conflict-killed-since-oct-7-new-year",
        "More than 20,000 people have been killed since Oct. 7.",
        date(2024, 1, 2),
        [("Oct. 7", "2023-10-07")],
    ),
    (
        "conflict-ultimatum-expires-noon-saturday",
        "The ultimatum expires at noon on Saturday.",
        date(2023, 11, 23),
        [("noon on Saturday", "2023-11-25T12:00")],
    ),
    (
        "conflict-the-previous-day",
        "The UN said on Tuesday that an aid convoy had been hit the previous day.",
        date(2023, 11, 22),
        [("Tuesday", "2023-11-21"), ("the previous day", "2023-11-20")],
    ),
    (
        "conflict-dateline-four-day-truce",
        "GAZA, Nov 24 (Reuters) - A four-day truce began at 7 a.m. on Friday.",
        date(2023, 11, 24),
        [("Nov 24", "2023-11-24"), ("four-day", "P4D"), ("7 a.m. on Friday", "2023-11-24T07:00")],
    ),
    (
        "conflict-two-weeks-later-port",
        "The first convoy reached the port on March 10. Two weeks later, the city fell silent.",
        date(2022, 5, 5),
        [("March 10", "2022-03-10"), ("Two weeks later", "2022-W12")],
    ),
    (
        "conflict-48-hour-ultimatum-sunday",
        "Rebels were given a 48-hour ultimatum on Sunday.",
        date(2023, 10, 9),
        [("48-hour", "PT48H"), ("Sunday", "2023-10-08")],
    ),
    ("conflict-raged-since-october", "Fighting has raged since October.", date(2024, 1, 2), [("October", "2023-10")]),
    (
        "duration-strike-for-three-weeks",
        "The dock strike lasted for three weeks.",
        date(2023, 6, 14),
        [("three weeks", "P3W")],
    ),
    (
        "set-each-friday",
        "The ministry publishes the casualty figures each Friday.",
        date(2023, 6, 14),
        [("each Friday", "XXXX-WXX-5")],
    ),
    ("set-every-two-weeks", "The committee meets every two weeks.", date(2023, 6, 14), [("every two weeks", "P2W")]),
    (
        "duration-90-day-consultation",
        "The regulator opened a 90-day consultation on Thursday.",
        date(2023, 6, 16),
        [("90-day", "P90D"), ("Thursday", "2023-06-15")],
    ),
    (
        "trap-august-institution",
        "Members of the august institution voted on Wednesday.",
        date(2023, 6, 15),
        [("Wednesday", "2023-06-14")],
    ),
    (
        "schedule-report-due-jan-15",
        "The report is due to be published on Jan. 15.",
        date(2023, 12, 29),
        [("Jan. 15", "2024-01-15")],
    ),
    (
        "transport-closed-saturday-night-until-monday",
        "The roads are closed from 10pm on Saturday until 6am on Monday.",
        date(2023, 2, 3),
        [("10pm on Saturday", "2023-02-04T22:00"), ("6am on Monday", "2023-02-06T06:00")],
    ),
    (
        "arts-festival-ran-across-months",
        "The festival ran from July 28 to Aug. 6.",
        date(2023, 8, 10),
        [("July 28", "2023-07-28"), ("Aug. 6", "2023-08-06")],
    ),
    (
        "retail-closed-sunday-until-monday-past",
        "The shop was closed from Sunday until Monday.",
        date(2023, 2, 3),
        [("Sunday", "2023-01-29"), ("Monday", "2023-01-30")],
    ),
    # --- a third held-out batch, written blind by two more of us the same day ---
    (
        "liveblog-bst-timestamp",
        "14:32 BST: The Met Office has issued an amber warning for wind.",
        date(2024, 7, 18),
        [("14:32 BST", "2024-07-18T14:32")],
    ),
    (
        "liveblog-earlier-today",
        "Earlier today, the health secretary told MPs the waiting list had fallen.",
        date(2025, 5, 14),
        [("Earlier today", "2025-05-14")],
    ),
    (
        "liveblog-in-the-past-hour",
        "Police have made six arrests in the past hour.",
        date(2024, 6, 1),
        [("the past hour", "PT1H")],
    ),
    (
        "liveblog-this-afternoon-future",
        "The prime minister will visit the flooded streets this afternoon.",
        date(2024, 10, 8),
        [("this afternoon", "2024-10-08TAF")],
    ),
    (
        "liveblog-915am-local-time",
        "The first aftershock struck at 9.15am local time, according to the geological survey.",
        date(2024, 9, 20),
        [("9.15am", "2024-09-20T09:15")],
    ),
    (
        "liveblog-this-evening-expected",
        "Crowds are expected to gather outside the stadium this evening.",
        date(2024, 7, 18),
        [("this evening", "2024-07-18TEV")],
    ),
    (
        "liveblog-called-at-340am",
        "Firefighters were called at 3.40am.",
        date(2023, 11, 26),
        [("3.40am", "2023-11-26T03:40")],
    ),
    (
        "liveblog-this-morning-suspended",
        "Trains were suspended between the two cities this morning after a landslip.",
        date(2025, 8, 4),
        [("this morning", "2025-08-04TMO")],
    ),
    (
        "liveblog-yesterday-evening-new-year",
        "The minister resigned yesterday evening.",
        date(2025, 1, 2),
        [("yesterday evening", "2025-01-01TEV")],
    ),
    (
        "liveblog-update-gmt-since-0600",
        "Update 16:05 GMT: The warning has been lifted. It had been in force since 06:00.",
        date(2023, 3, 25),
        [("16:05 GMT", "2023-03-25T16:05"), ("06:00", "2023-03-25T06:00")],
    ),
    (
        "liveblog-quote-tonight-said-this-morning",
        '"We will reopen the bridge tonight," a council spokesman said this morning.',
        date(2024, 7, 18),
        [("tonight", "2024-07-18TNI"), ("this morning", "2024-07-18TMO")],
    ),
    (
        "liveblog-next-48-hours",
        "Forecasters say more rain will fall in the next 48 hours.",
        date(2024, 10, 8),
        [("the next 48 hours", "PT48H")],
    ),
    (
        "liveblog-bst-said-peaked",
        "At 10:45 BST, the Environment Agency said the river had peaked.",
        date(2024, 6, 1),
        [("10:45 BST", "2024-06-01T10:45")],
    ),
    (
        "liveblog-earlier-this-afternoon",
        "The prime minister spoke to the taoiseach earlier this afternoon.",
        date(2025, 5, 14),
        [("earlier this afternoon", "2025-05-14TAF")],
    ),
    (
        "liveblog-later-this-evening",
        "A statement from the palace is expected later this evening.",
        date(2025, 5, 14),
        [("later this evening", "2025-05-14TEV")],
    ),
    (
        "liveblog-within-minutes",
        "The first results are expected within minutes.",
        date(2025, 5, 14),
        [("minutes", "PTXM")],
    ),
    (
        "liveblog-polls-have-now-closed",
        "Polls have now closed across the country.",
        date(2024, 7, 18),
        [("now", "PRESENT_REF")],
    ),
    (
        "liveblog-ist-launch-friday",
        "The launch is scheduled for 2.35pm IST on Friday.",
        date(2025, 5, 14),
        [("2.35pm IST on Friday", "2025-05-16T14:35")],
    ),
    (
        "press-effective-january-1-year",
        "Effective January 1, 2025, the fund will lower its management fee to 0.45%.",
        date(2024, 10, 8),
        [("January 1, 2025", "2025-01-01")],
    ),
    (
        "press-takes-effect-january-1",
        "The new pricing takes effect January 1.",
        date(2024, 10, 8),
        [("January 1", "2025-01-01")],
    ),
    (
        "press-as-of-march-31",
        "As of March 31, 2024, the company had 1,240 employees.",
        date(2024, 7, 18),
        [("March 31, 2024", "2024-03-31")],
    ),
    (
        "press-dateline-cnw-today",
        "TORONTO, Nov. 4, 2024 /CNW/ - Maple Leaf Rail Inc. today announced the appointment of a new chief "
        "financial officer.",
        date(2024, 11, 4),
        [("Nov. 4, 2024", "2024-11-04"), ("today", "2024-11-04")],
    ),
    (
        "press-fourth-quarter-results-on-feb",
        "The company will release its fourth-quarter results on Feb. 12, 2025.",
        date(2024, 12, 30),
        [("fourth-quarter", "2024-Q4"), ("Feb. 12, 2025", "2025-02-12")],
    ),
    (
        "press-shareholders-meeting-12-june",
        "The shareholders' meeting will be held on 12 June at the Dublin Convention Centre.",
        date(2025, 5, 14),
        [("12 June", "2025-06-12")],
    ),
    (
        "press-second-quarter-said-tuesday",
        "Revenue for the second quarter rose 14% to $312 million, the company said on Tuesday.",
        date(2024, 7, 18),
        [("the second quarter", "2024-Q2"), ("Tuesday", "2024-07-16")],
    ),
    (
        "press-corresponding-period-last-year",
        "Third-quarter net sales rose 6% from the corresponding period last year.",
        date(2024, 10, 8),
        [("Third-quarter", "2024-Q3"), ("the corresponding period last year", "2023-Q3")],
    ),
    (
        "press-dividend-payable-of-record",
        "The dividend is payable on Dec. 15 to shareholders of record on Nov. 29.",
        date(2024, 10, 8),
        [("Dec. 15", "2024-12-15"), ("Nov. 29", "2024-11-29")],
    ),
    (
        "press-appointment-will-take-effect-monday",
        "The appointment will take effect on Monday.",
        date(2024, 2, 16),
        [("Monday", "2024-02-19")],
    ),
    (
        "press-quote-next-year-said-new-years-eve",
        '"Next year will be tougher," chief executive Priya Nair said on Tuesday.',
        date(2025, 1, 2),
        [("Next year", "2025"), ("Tuesday", "2024-12-31")],
    ),
    (
        "press-as-at-30-june-2024",
        "As at 30 June 2024, the fund held $4.1 billion in assets.",
        date(2024, 7, 18),
        [("30 June 2024", "2024-06-30")],
    ),
    (
        "press-complete-first-quarter-of-2025",
        "The acquisition is expected to complete in the first quarter of 2025.",
        date(2024, 10, 8),
        [("the first quarter of 2025", "2025-Q1")],
    ),
    (
        "press-takes-effect-weekday-day-month",
        "The price increase takes effect on Monday, 3 March.",
        date(2025, 1, 2),
        [("Monday, 3 March", "2025-03-03")],
    ),
    (
        "press-founded-in-1998",
        "Founded in 1998, the company employs 4,000 people.",
        date(2024, 7, 18),
        [("1998", "1998")],
    ),
    (
        "press-five-year-agreement-monday",
        "The firms signed a five-year supply agreement on Monday.",
        date(2025, 8, 4),
        [("five-year", "P5Y"), ("Monday", "2025-08-04")],
    ),
    (
        "press-report-results-27-february",
        "The group will report results on 27 February.",
        date(2026, 1, 5),
        [("27 February", "2026-02-27")],
    ),
    (
        "local-planning-committee-meets-tuesday",
        "The council's planning committee meets on Tuesday to decide the application.",
        date(2023, 3, 25),
        [("Tuesday", "2023-03-28")],
    ),
    (
        "local-high-street-closed-from-until",
        "The High Street will be closed from 7pm on Friday until 5am on Monday for resurfacing.",
        date(2024, 10, 8),
        [("7pm on Friday", "2024-10-11T19:00"), ("5am on Monday", "2024-10-14T05:00")],
    ),
    (
        "local-road-closed-six-hours-wednesday",
        "The road was closed for six hours on Wednesday after a lorry shed its load.",
        date(2024, 2, 16),
        [("six hours", "PT6H"), ("Wednesday", "2024-02-14")],
    ),
    (
        "local-bins-every-thursday",
        "Bins are collected every Thursday.",
        date(2024, 2, 16),
        [("every Thursday", "XXXX-WXX-4")],
    ),
    (
        "local-schools-break-up-for-christmas",
        "Schools break up for Christmas on 20 December.",
        date(2023, 11, 26),
        [("Christmas", "2023-12-25"), ("20 December", "2023-12-20")],
    ),
    (
        "local-pupils-return-weekday-day-month",
        "Pupils return on Monday 8 January.",
        date(2023, 12, 27),
        [("Monday 8 January", "2024-01-08")],
    ),
    (
        "local-voted-last-night",
        "Councillors voted last night to close the library.",
        date(2025, 8, 4),
        [("last night", "2025-08-03TNI")],
    ),
    (
        "local-consultation-runs-until",
        "A public consultation runs until 30 September.",
        date(2025, 8, 4),
        [("30 September", "2025-09-30")],
    ),
    (
        "local-market-every-saturday-morning",
        "The farmers' market is held every Saturday morning.",
        date(2025, 8, 4),
        [("every Saturday morning", "XXXX-WXX-6TMO")],
    ),
    ("local-trap-may-street", "Residents of May Street have complained about the noise.", date(2025, 8, 4), []),
    ("local-trap-spring-road", "The roadworks on Spring Road are causing long queues.", date(2025, 8, 4), []),
    ("local-trap-winter-gardens", "The Winter Gardens will host the count.", date(2025, 8, 4), []),
    (
        "local-approved-monday-will-set-thursday",
        "The council approved the budget on Monday and will set the tax rate on Thursday.",
        date(2025, 5, 14),
        [("Monday", "2025-05-12"), ("Thursday", "2025-05-15")],
    ),
    (
        "local-gritters-out-overnight",
        "Gritters will be out overnight as temperatures drop below freezing.",
        date(2025, 1, 2),
        [("overnight", "2025-01-02TNI")],
    ),
    (
        "local-no-bins-on-boxing-day",
        "There will be no bin collections on Boxing Day.",
        date(2023, 12, 20),
        [("Boxing Day", "2023-12-26")],
    ),
    (
        "local-meeting-starts-730pm-thursday",
        "The public meeting starts at 7.30pm on Thursday.",
        date(2024, 10, 8),
        [("7.30pm on Thursday", "2024-10-10T19:30")],
    ),
    (
        "local-library-closed-until-january",
        "The library will be closed until January.",
        date(2023, 11, 26),
        [("January", "2024-01")],
    ),
    (
        "local-a6-reopened-after-three-weeks",
        "The A6 reopened on Friday after three weeks of repairs.",
        date(2023, 11, 26),
        [("Friday", "2023-11-24"), ("three weeks", "P3W")],
    ),
    (
        "local-recycling-fortnightly",
        "Recycling is now collected fortnightly.",
        date(2023, 11, 26),
        [("now", "PRESENT_REF"), ("fortnightly", "P2W")],
    ),
    (
        "au-announced-inquiry-day-month",
        "The premier announced the inquiry on 3 February.",
        date(2024, 2, 16),
        [("3 February", "2024-02-03")],
    ),
    ("au-trap-the-age-reported", "The Age reported that the minister had been briefed.", date(2024, 2, 16), []),
    ("au-trap-the-sunday-age", "The Sunday Age revealed the plan.", date(2024, 2, 16), []),
    (
        "au-the-age-reported-on-tuesday",
        "The Age reported on Tuesday that the deal had collapsed.",
        date(2024, 10, 8),
        [("Tuesday", "2024-10-08")],
    ),
    (
        "au-dateline-day-month-overnight",
        "SYDNEY, 14 March - Bushfire crews contained the blaze overnight.",
        date(2025, 3, 14),
        [("14 March", "2025-03-14"), ("overnight", "2025-03-13TNI")],
    ),
    (
        "in-times-of-india-sunday",
        "The Times of India reported the arrests on Sunday.",
        date(2025, 8, 4),
        [("Sunday", "2025-08-03")],
    ),
    ("in-trap-rs-crore", "The state will spend Rs 2,025 crore on new buses.", date(2025, 8, 4), []),
    (
        "in-metro-open-15-august",
        "The new metro line will open to the public on 15 August.",
        date(2025, 8, 4),
        [("15 August", "2025-08-15")],
    ),
    (
        "in-monsoon-reached-kerala",
        "The monsoon reached Kerala on 30 May, two days ahead of schedule.",
        date(2025, 6, 3),
        [("30 May", "2025-05-30"), ("two days", "P2D")],
    ),
    (
        "in-dateline-pti-wednesday",
        "NEW DELHI, Jan 15 (PTI) The Reserve Bank kept its repo rate unchanged on Wednesday.",
        date(2025, 1, 15),
        [("Jan 15", "2025-01-15"), ("Wednesday", "2025-01-15")],
    ),
    (
        "in-rains-lashed-last-week",
        "Heavy rains lashed Mumbai last week, disrupting suburban trains.",
        date(2024, 7, 18),
        [("last week", "2024-W28")],
    ),
    ("ie-trap-sunday-independent", "The Sunday Independent reported the talks had stalled.", date(2025, 8, 4), []),
    ("ie-trap-irish-times", "The Irish Times reported the decision.", date(2025, 8, 4), []),
    (
        "ie-dail-sit-late-wednesday",
        "The Dáil will sit late on Wednesday to pass the bill.",
        date(2025, 8, 4),
        [("Wednesday", "2025-08-06")],
    ),
    (
        "ca-dateline-held-rate-wednesday",
        "OTTAWA - The Bank of Canada held its key interest rate at 2.75 per cent on Wednesday.",
        date(2025, 6, 5),
        [("Wednesday", "2025-06-04")],
    ),
    (
        "ca-next-decision-due-july-30",
        "The central bank's next rate decision is due July 30.",
        date(2025, 6, 5),
        [("July 30", "2025-07-30")],
    ),
    (
        "ca-climate-plan-this-fall",
        "Ottawa will unveil its climate plan this fall.",
        date(2024, 6, 5),
        [("this fall", "2024-FA")],
    ),
    (
        "ca-apple-growers-last-fall",
        "Apple growers lost a third of their crop last fall.",
        date(2025, 3, 12),
        [("last fall", "2024-FA")],
    ),
    (
        "transport-first-service-departs-0640",
        "The first service on Sunday departs at 06:40.",
        date(2024, 6, 1),
        [("Sunday", "2024-06-02"), ("06:40", "2024-06-02T06:40")],
    ),
    (
        "transport-timetables-from-1-june",
        "New timetables come into effect from 1 June.",
        date(2025, 5, 14),
        [("1 June", "2025-06-01")],
    ),
    (
        "transport-strike-friday-to-sunday",
        "Drivers will strike from Friday to Sunday.",
        date(2024, 10, 8),
        [("Friday", "2024-10-11"), ("Sunday", "2024-10-13")],
    ),
    (
        "transport-48-hour-strike-ended-midnight",
        "The 48-hour strike ended at midnight on Thursday.",
        date(2024, 9, 20),
        [("48-hour", "PT48H"), ("midnight on Thursday", "2024-09-19T24:00")],
    ),
    (
        "transport-flights-cancelled-yesterday-jan2",
        "More than 300 flights were cancelled at Heathrow yesterday.",
        date(2025, 1, 2),
        [("yesterday", "2025-01-01")],
    ),
    (
        "transport-stuck-more-than-four-hours",
        "Passengers were stuck on the train for more than four hours.",
        date(2025, 1, 2),
        [("more than four hours", "PT4H")],
    ),
    ("transport-trap-class-800", "The line is served by Class 800 trains.", date(2025, 1, 2), []),
    ("transport-trap-m4-junctions", "The M4 is closed between junctions 12 and 13.", date(2025, 1, 2), []),
    (
        "transport-works-this-weekend-saturday",
        "Engineering works will close the line this weekend.",
        date(2023, 3, 25),
        [("this weekend", "2023-W12-WE")],
    ),
    ("transport-last-train-2315", "The last train leaves at 23:15.", date(2025, 8, 4), [("23:15", "2025-08-04T23:15")]),
    (
        "transport-reopen-tomorrow-morning",
        "The airport is expected to reopen tomorrow morning.",
        date(2023, 11, 26),
        [("tomorrow morning", "2023-11-27TMO")],
    ),
    ("transport-every-20-minutes", "Trains run every 20 minutes.", date(2023, 11, 26), [("every 20 minutes", "PT20M")]),
    (
        "transport-fares-rise-from-2-march",
        "Rail fares in England will rise by 4.6% from 2 March.",
        date(2025, 1, 2),
        [("2 March", "2025-03-02")],
    ),
    ("transport-fares-rose-in-january", "Fares rose by 5.9% in January.", date(2024, 2, 16), [("January", "2024-01")]),
    (
        "transport-strike-december-12-and-14",
        "Rail workers will strike on December 12 and 14.",
        date(2023, 11, 26),
        [("December 12", "2023-12-12"), ("14", "2023-12-14")],
    ),
    (
        "farm-lost-lambs-last-spring",
        "Farmers lost much of their flock in the snow last spring.",
        date(2024, 10, 8),
        [("last spring", "2024-SP")],
    ),
    (
        "farm-2023-harvest-smallest-in-decade",
        "The 2023 harvest was the smallest in a decade.",
        date(2024, 2, 16),
        [("2023", "2023"), ("a decade", "P10Y")],
    ),
    (
        "farm-restrictions-this-summer-march",
        "Water restrictions are likely this summer.",
        date(2023, 3, 25),
        [("this summer", "2023-SU")],
    ),
    (
        "farm-yields-fell-this-summer-october",
        "Wheat yields fell sharply this summer after the drought.",
        date(2024, 10, 8),
        [("this summer", "2024-SU")],
    ),
    (
        "farm-last-autumn-winter-wheat",
        "Heavy rain last autumn delayed winter wheat planting.",
        date(2026, 1, 5),
        [("last autumn", "2025-FA")],
    ),
    (
        "farm-drought-spring-that-autumn",
        "The drought began in spring 2022. That autumn, the river ran dry.",
        date(2025, 8, 4),
        [("spring 2022", "2022-SP"), ("That autumn", "2022-FA")],
    ),
    (
        "farm-plant-next-spring",
        "Growers will plant the new variety next spring.",
        date(2024, 10, 8),
        [("next spring", "2025-SP")],
    ),
    (
        "farm-harvest-expected-september",
        "The grape harvest is expected to begin in September.",
        date(2025, 8, 4),
        [("September", "2025-09")],
    ),
    (
        "farm-frost-overnight-sunday",
        "A late frost damaged blossom across the county overnight.",
        date(2024, 4, 21),
        [("overnight", "2024-04-20TNI")],
    ),
    (
        "env-emissions-2023-previous-year",
        "Emissions fell 3% in 2023 compared with the previous year.",
        date(2024, 2, 16),
        [("2023", "2023"), ("the previous year", "2022")],
    ),
    (
        "env-wettest-february-since-1836",
        "It was the wettest February since records began in 1836.",
        date(2024, 3, 5),
        [("February", "2024-02"), ("1836", "1836")],
    ),
    (
        "env-drought-declared-14-august",
        "A drought was declared in the south-east on 14 August.",
        date(2025, 8, 20),
        [("14 August", "2025-08-14")],
    ),
    (
        "env-hosepipe-ban-friday",
        "A hosepipe ban comes into force on Friday.",
        date(2025, 8, 4),
        [("Friday", "2025-08-08")],
    ),
    ("env-trap-spring-water", "The company sells spring water.", date(2025, 8, 4), []),
    ("env-trap-could-fall", "Temperatures could fall to minus 5C.", date(2025, 8, 4), []),
    (
        "farm-winter-barley-sown-october",
        "Winter barley was sown in October.",
        date(2026, 1, 5),
        [("October", "2025-10")],
    ),
    (
        "farm-summer-of-2022-driest",
        "The summer of 2022 was the driest in 50 years.",
        date(2025, 8, 4),
        [("The summer of 2022", "2022-SU"), ("50 years", "P50Y")],
    ),
    (
        "env-halve-waste-by-2030",
        "The government aims to halve food waste by 2030.",
        date(2025, 8, 4),
        [("2030", "2030")],
    ),
    (
        "env-quote-this-spring-said-tuesday",
        '"This spring has been exceptionally dry," a spokeswoman for the water company said on Tuesday.',
        date(2025, 5, 14),
        [("This spring", "2025-SP"), ("Tuesday", "2025-05-13")],
    ),
    ("yearend-next-week-dec-30", "Parliament returns next week.", date(2024, 12, 30), [("next week", "2025-W02")]),
    ("yearend-this-week-dec-30", "Shops have been busy this week.", date(2024, 12, 30), [("this week", "2025-W01")]),
    ("yearend-last-month-jan-2", "House prices fell 0.4% last month.", date(2025, 1, 2), [("last month", "2024-12")]),
    (
        "yearend-31-december-drew",
        "The fireworks display on 31 December drew 400,000 people.",
        date(2025, 1, 2),
        [("31 December", "2024-12-31")],
    ),
    (
        "yearend-schools-reopen-6-january",
        "Schools reopen on 6 January.",
        date(2024, 12, 30),
        [("6 January", "2025-01-06")],
    ),
    (
        "yearend-earlier-this-month-jan-2",
        "Earlier this month, the new law took effect.",
        date(2025, 1, 2),
        [("Earlier this month", "2025-01")],
    ),
    (
        "yearend-no-trains-new-years-day",
        "Trains will not run on New Year's Day.",
        date(2024, 12, 30),
        [("New Year's Day", "2025-01-01")],
    ),
    (
        "yearend-arrests-new-years-eve",
        "Police made 40 arrests on New Year's Eve.",
        date(2026, 1, 5),
        [("New Year's Eve", "2025-12-31")],
    ),
    ("yearend-last-year-jan-2", "Visitor numbers rose 12% last year.", date(2025, 1, 2), [("last year", "2024")]),
    (
        "yearend-closed-friday-jan-2",
        "The shop closed for good on Friday.",
        date(2025, 1, 2),
        [("Friday", "2024-12-27")],
    ),
    (
        "yearend-boxing-day-sales-were",
        "Boxing Day sales were down 7%.",
        date(2025, 1, 2),
        [("Boxing Day", "2024-12-26")],
    ),
    (
        "yearend-next-month-dec-27",
        "The new fares apply from next month.",
        date(2023, 12, 27),
        [("next month", "2024-01")],
    ),
    (
        "yearend-christmas-eve-called",
        "Police were called to the pub on Christmas Eve.",
        date(2025, 1, 2),
        [("Christmas Eve", "2024-12-24")],
    ),
    (
        "yearend-quote-last-week-said-friday",
        '"Last week was the busiest in our history," a spokesperson for the port said on Friday.',
        date(2026, 1, 5),
        [("Last week", "2025-W52"), ("Friday", "2026-01-02")],
    ),
    (
        "multi-quote-yesterday-after-saturday",
        'The flood barrier was raised on Saturday. "Yesterday we were lucky," the mayor said on Sunday.',
        date(2024, 10, 8),
        [("Saturday", "2024-10-05"), ("Yesterday", "2024-10-05"), ("Sunday", "2024-10-06")],
    ),
    (
        "multi-storm-next-day-quote-tonight",
        'Storm Darragh struck on Saturday. The next day, crews restored power to 2,000 homes. "Most people '
        'will be back on by tonight," a spokesman said on Monday.',
        date(2024, 12, 10),
        [
            ("Saturday", "2024-12-07"),
            ("The next day", "2024-12-08"),
            ("tonight", "2024-12-09TNI"),
            ("Monday", "2024-12-09"),
        ],
    ),
    (
        "multi-fire-10pm-following-morning",
        "The fire started at 10pm on Tuesday. By the following morning, it had spread across 400 hectares.",
        date(2024, 2, 16),
        [("10pm on Tuesday", "2024-02-13T22:00"), ("the following morning", "2024-02-14TMO")],
    ),
    (
        "multi-harvest-a-year-earlier",
        "The harvest was finished by 20 September. A year earlier, heavy rain had ruined half the crop.",
        date(2024, 10, 8),
        [("20 September", "2024-09-20"), ("A year earlier", "2023")],
    ),
    (
        "multi-quote-next-month-said-thursday-month-end",
        'Flights resumed on Wednesday. "Full service will return next month," the airline said on Thursday.',
        date(2024, 10, 1),
        [("Wednesday", "2024-09-25"), ("next month", "2024-10"), ("Thursday", "2024-09-26")],
    ),
    (
        "multi-school-two-weeks-later",
        "Flooding closed the school on 8 November. Two weeks later, it reopened.",
        date(2023, 11, 26),
        [("8 November", "2023-11-08"), ("Two weeks later", "2023-W47")],
    ),
    (
        "multi-next-day-across-new-year",
        "The storm reached the coast on 31 December. The next day, thousands were without power.",
        date(2025, 1, 2),
        [("31 December", "2024-12-31"), ("The next day", "2025-01-01")],
    ),
    (
        "multi-walked-out-quote-tomorrow",
        'Drivers walked out on Monday. "We will be back at work tomorrow if the offer is improved," a union '
        "official said on Tuesday.",
        date(2024, 7, 18),
        [("Monday", "2024-07-15"), ("tomorrow", "2024-07-17"), ("Tuesday", "2024-07-16")],
    ),
    (
        "multi-single-quote-this-weekend",
        "Organisers confirmed the show would go ahead. ‘We are ready for this weekend,’ the chairman said on Thursday.",
        date(2024, 9, 20),
        [("this weekend", "2024-W38-WE"), ("Thursday", "2024-09-19")],
    ),
    (
        "multi-spring-of-2024-following-autumn",
        "Planting was delayed in the spring of 2024. The following autumn, yields were the lowest on record.",
        date(2025, 3, 12),
        [("the spring of 2024", "2024-SP"), ("The following autumn", "2024-FA")],
    ),
    (
        "twotense-closed-sunday-will-reopen-friday",
        "The bridge closed on Sunday and will reopen on Friday.",
        date(2025, 5, 14),
        [("Sunday", "2025-05-11"), ("Friday", "2025-05-16")],
    ),
    (
        "twotense-who-visited-will-return",
        "The minister, who visited the farm on Tuesday, will return in September.",
        date(2024, 7, 18),
        [("Tuesday", "2024-07-16"), ("September", "2024-09")],
    ),
    (
        "twotense-delayed-march-now-due-june",
        "The report was delayed in March and is now due in June.",
        date(2024, 5, 10),
        [("March", "2024-03"), ("now", "PRESENT_REF"), ("June", "2024-06")],
    ),
    (
        "twotense-walked-out-will-strike-again",
        "Tube drivers walked out on Thursday and will strike again on Monday.",
        date(2023, 3, 25),
        [("Thursday", "2023-03-23"), ("Monday", "2023-03-27")],
    ),
    ("trap-transport-may-modal", "Services may be disrupted.", date(2023, 3, 25), []),
    ("trap-local-march-through-cork", "Thousands joined the march through Cork city centre.", date(2023, 3, 25), []),
    (
        "trap-local-airfield-second-world-war",
        "The airfield was built during the Second World War.",
        date(2023, 3, 25),
        [],
    ),
    ("trap-sport-gaelic-score", "Cork beat Kerry 2-14 to 1-12.", date(2023, 3, 25), []),
    ("trap-transport-1500-passengers", "About 1,500 passengers were stranded.", date(2023, 3, 25), []),
    ("trap-transport-platforms-9-and-10", "Passengers should use platforms 9 and 10.", date(2023, 3, 25), []),
    (
        "longform-warning-weeks-summer-following-year",
        "The first warning came on March 3, 2019. Two weeks later, a second engineer raised the alarm. By "
        "that summer, the cracks had spread to the east wall. The following year, the council closed the "
        "bridge.",
        date(2024, 5, 14),
        [
            ("March 3, 2019", "2019-03-03"),
            ("Two weeks later", "2019-W11"),
            ("that summer", "2019-SU"),
            ("The following year", "2020"),
        ],
    ),
    (
        "longform-memo-days-then-next-day",
        "The memo was sent on Oct. 8, 2021. Three days later, it reached the chief executive. The next day, "
        "he called an emergency meeting of the board.",
        date(2023, 2, 20),
        [("Oct. 8, 2021", "2021-10-08"), ("Three days later", "2021-10-11"), ("The next day", "2021-10-12")],
    ),
    (
        "longform-by-year-decade-earlier",
        "By 2016 the mine employed 900 people. A decade earlier, the site had been farmland.",
        date(2025, 9, 3),
        [("2016", "2016"), ("A decade earlier", "2006")],
    ),
    (
        "longform-earlier-that-month",
        "The contract was signed in April 2020. Earlier that month, the firm had been warned about the supplier.",
        date(2023, 6, 7),
        [("April 2020", "2020-04"), ("Earlier that month", "2020-04")],
    ),
    (
        "longform-later-that-year",
        "The regulator opened its investigation in February 2018. Later that year, two directors resigned.",
        date(2022, 8, 30),
        [("February 2018", "2018-02"), ("Later that year", "2018")],
    ),
    (
        "longform-following-week-across-new-year",
        "The last inspection of the boiler took place on Dec. 29. The following week, it failed.",
        date(2025, 1, 20),
        [("Dec. 29", "2024-12-29"), ("The following week", "2025-W01")],
    ),
    (
        "longform-dec-31-next-day",
        "Nurses raised their concerns on Dec. 31. The next day, the ward was closed to new patients.",
        date(2025, 1, 8),
        [("Dec. 31", "2024-12-31"), ("The next day", "2025-01-01")],
    ),
    (
        "longform-summer-autumn-spring",
        "The campaign was launched in the summer of 2015. That autumn, donations dried up. The following "
        "spring, the charity folded.",
        date(2021, 4, 19),
        [("the summer of 2015", "2015-SU"), ("That autumn", "2015-FA"), ("The following spring", "2016-SP")],
    ),
    (
        "longform-six-months-earlier",
        "The plane crashed on 9 November 2022. Six months earlier, an audit had flagged problems with its maintenance.",
        date(2024, 1, 16),
        [("9 November 2022", "2022-11-09"), ("Six months earlier", "2022-05")],
    ),
    (
        "longform-two-years-later-from-day",
        "The factory closed on 1 July 2009. Two years later, the site was sold to developers.",
        date(2023, 10, 2),
        [("1 July 2009", "2009-07-01"), ("Two years later", "2011")],
    ),
    (
        "longform-friday-date-evening-next-morning",
        "On Friday, Sept. 13, 2019, the first residents were told to leave. That evening, the water reached "
        "the main street. By the next morning, the town was cut off.",
        date(2022, 9, 13),
        [
            ("Friday, Sept. 13, 2019", "2019-09-13"),
            ("That evening", "2019-09-13TEV"),
            ("the next morning", "2019-09-14TMO"),
        ],
    ),
    (
        "longform-year-later-after-month",
        "The first patient fell ill in September 2020. A year later, the clinic was still waiting for answers.",
        date(2023, 3, 9),
        [("September 2020", "2020-09"), ("A year later", "2021")],
    ),
    (
        "longform-month-later-across-new-year",
        "The report landed on ministers' desks on 12 December. A month later, it was leaked to the press.",
        date(2025, 2, 10),
        [("12 December", "2024-12-12"), ("A month later", "2025-01")],
    ),
    (
        "longform-the-day-before",
        "The bank collapsed on 15 September 2008. The day before, its executives had pleaded for a rescue.",
        date(2018, 9, 14),
        [("15 September 2008", "2008-09-15"), ("The day before", "2008-09-14")],
    ),
    (
        "longform-three-days-earlier-across-new-year",
        "The election was held on 2 January. Three days earlier, the opposition leader had been arrested.",
        date(2025, 1, 20),
        [("2 January", "2025-01-02"), ("Three days earlier", "2024-12-30")],
    ),
    (
        "longform-that-weekend",
        "The documents were handed over on Friday 14 June 2019. That weekend, the editors read every page.",
        date(2021, 11, 24),
        [("Friday 14 June 2019", "2019-06-14"), ("That weekend", "2019-W24-WE")],
    ),
    (
        "longform-within-days",
        "The warehouse burned down in August 2021. Within days, the insurer had refused to pay.",
        date(2023, 5, 31),
        [("August 2021", "2021-08"), ("days", "PXD")],
    ),
    (
        "longform-month-year-then-ordinal",
        "In May 2017 the council received the petition; on the 22nd, it voted to ignore it.",
        date(2020, 2, 26),
        [("May 2017", "2017-05"), ("the 22nd", "2017-05-22")],
    ),
    (
        "longform-that-christmas",
        "The family moved to Leeds in 1974. That Christmas, the father lost his job at the mill.",
        date(2024, 12, 21),
        [("1974", "1974"), ("That Christmas", "1974-12-25")],
    ),
    (
        "longform-the-next-month",
        "The merger was approved in July 2016. The next month, 400 jobs were cut.",
        date(2019, 4, 3),
        [("July 2016", "2016-07"), ("The next month", "2016-08")],
    ),
    (
        "longform-the-following-monday",
        "The letter arrived on Thursday 9 May 2019. The following Monday, she resigned.",
        date(2020, 7, 15),
        [("Thursday 9 May 2019", "2019-05-09"), ("The following Monday", "2019-05-13")],
    ),
    (
        "longform-the-previous-friday",
        "The ship left port on Tuesday 4 February 2020; the previous Friday, its captain had resigned.",
        date(2021, 6, 22),
        [("Tuesday 4 February 2020", "2020-02-04"), ("the previous Friday", "2020-01-31")],
    ),
    (
        "longform-the-same-day",
        "The minister resigned on 6 July 2022. The same day, three of her aides quit.",
        date(2023, 7, 6),
        [("6 July 2022", "2022-07-06"), ("The same day", "2022-07-06")],
    ),
    (
        "longform-later-that-week",
        "The leak was discovered on Monday 10 June 2024. Later that week, the company hired outside lawyers.",
        date(2024, 9, 17),
        [("Monday 10 June 2024", "2024-06-10"), ("Later that week", "2024-W24")],
    ),
    (
        "longform-earlier-that-day",
        "The vote was held at 7pm on 4 April 2019. Earlier that day, the whips had warned of a rebellion.",
        date(2019, 12, 2),
        [("7pm on 4 April 2019", "2019-04-04T19:00"), ("Earlier that day", "2019-04-04")],
    ),
    (
        "longform-end-of-that-year",
        "The scheme opened in March 2012, and by the end of that year 4,000 families had applied.",
        date(2022, 3, 1),
        [("March 2012", "2012-03"), ("the end of that year", "2012")],
    ),
    (
        "longform-spring-of-year",
        "The first bodies were found in the spring of 1999.",
        date(2019, 4, 10),
        [("the spring of 1999", "1999-SP")],
    ),
    (
        "longform-winter-of-year",
        "In the winter of 2010, the pipes froze and the school closed for a week.",
        date(2020, 1, 14),
        [("the winter of 2010", "2010-WI"), ("a week", "P1W")],
    ),
    (
        "longform-following-tuesday-new-years-eve",
        "The ferry sank on Friday, Dec. 27, 2019. The following Tuesday, divers recovered the hull.",
        date(2020, 3, 2),
        [("Friday, Dec. 27, 2019", "2019-12-27"), ("The following Tuesday", "2019-12-31")],
    ),
    (
        "longform-the-night-before",
        "The explosion happened on 4 August 2020. The night before, workers had reported smoke in the warehouse.",
        date(2021, 8, 4),
        [("4 August 2020", "2020-08-04"), ("The night before", "2020-08-03TNI")],
    ),
    (
        "longform-a-day-earlier",
        "The ceasefire was signed on 9 May 2024. A day earlier, both sides had shelled the port.",
        date(2024, 6, 18),
        [("9 May 2024", "2024-05-09"), ("A day earlier", "2024-05-08")],
    ),
    (
        "longform-eighteen-months-later",
        "The bridge reopened on 2 March 2021. Eighteen months later, it was closed again.",
        date(2023, 1, 27),
        [("2 March 2021", "2021-03-02"), ("Eighteen months later", "2022-09")],
    ),
    (
        "longform-over-the-next-three-years",
        "The contract was signed in 2014. Over the next three years, the company billed the council 12 million pounds.",
        date(2019, 10, 8),
        [("2014", "2014"), ("the next three years", "P3Y")],
    ),
    (
        "longform-payments-began-continued-for",
        "Records show the payments began in January 2017 and continued for 18 months.",
        date(2021, 5, 12),
        [("January 2017", "2017-01"), ("18 months", "P18M")],
    ),
    (
        "longform-this-week-recap-weekdays",
        "On Monday, the first boats arrived. By Wednesday, the camp held 3,000 people. Today, it holds 5,000.",
        date(2025, 9, 12),
        [("Monday", "2025-09-08"), ("Wednesday", "2025-09-10"), ("Today", "2025-09-12")],
    ),
    (
        "longform-week-earlier-across-new-year",
        "The storm hit on Saturday. A week earlier, forecasters had warned of gusts of 80mph.",
        date(2026, 1, 5),
        [("Saturday", "2026-01-03"), ("A week earlier", "2025-W52")],
    ),
    (
        "longform-half-a-century-later",
        "The mine flooded in 1969. Half a century later, divers found the lamp room intact.",
        date(2024, 2, 6),
        [("1969", "1969"), ("Half a century later", "2019")],
    ),
    (
        "longform-hours-after",
        "Hours after the verdict, protesters blocked the ring road.",
        date(2024, 6, 18),
        [("Hours", "PTXH")],
    ),
    (
        "longform-year-then-a-year-later-millennium",
        "The software was patched in 1999. A year later, the same fault brought down the network.",
        date(2010, 6, 1),
        [("1999", "1999"), ("A year later", "2000")],
    ),
    (
        "dayrecon-refinery-day",
        "Thursday, July 11, began like any other at the refinery. At 6.40am, a pressure alarm sounded in unit "
        "four. Shortly after noon, the first explosion shook the site. That night, the fire was still "
        "burning.",
        date(2024, 7, 19),
        [
            ("Thursday, July 11", "2024-07-11"),
            ("6.40am", "2024-07-11T06:40"),
            ("noon", "2024-07-11T12:00"),
            ("That night", "2024-07-11TNI"),
        ],
    ),
    (
        "dayrecon-polls-mid-morning",
        "Polls opened at 7am on 4 July. By mid-morning, queues stretched around the block.",
        date(2024, 7, 10),
        [("7am on 4 July", "2024-07-04T07:00"), ("mid-morning", "2024-07-04TMO")],
    ),
    (
        "dayrecon-polls-in-the-afternoon",
        "Polling stations opened on 4 July under clear skies. In the afternoon, the rain came.",
        date(2024, 7, 10),
        [("4 July", "2024-07-04"), ("the afternoon", "2024-07-04TAF")],
    ),
    (
        "dayrecon-previous-evening",
        "The gunman opened fire at 8.05am on 3 March. He had bought the rifle the previous evening.",
        date(2023, 3, 20),
        [("8.05am on 3 March", "2023-03-03T08:05"), ("the previous evening", "2023-03-02TEV")],
    ),
    (
        "dayrecon-dawn-saturday-that-evening",
        "The convoy left the capital at dawn on Saturday. That evening, it reached the border.",
        date(2024, 10, 14),
        [("dawn", "2024-10-12TMO"), ("Saturday", "2024-10-12"), ("That evening", "2024-10-12TEV")],
    ),
    (
        "dayrecon-early-hours-then-afternoon",
        "The storm made landfall in the early hours of 14 October. By the afternoon, 30,000 homes had lost power.",
        date(2024, 10, 21),
        [("14 October", "2024-10-14"), ("the afternoon", "2024-10-14TAF")],
    ),
    (
        "dayrecon-last-seen-next-morning",
        "She was last seen leaving the pub at 11.40pm on Friday 18 March. Her car was found the next morning.",
        date(2022, 4, 5),
        [("11.40pm on Friday 18 March", "2022-03-18T23:40"), ("the next morning", "2022-03-19TMO")],
    ),
    (
        "dayrecon-school-within-an-hour",
        "At 7.15am on Monday 9 September 2024, the head teacher unlocked the gates. Within an hour, the first "
        "parents had arrived.",
        date(2024, 9, 20),
        [("7.15am on Monday 9 September 2024", "2024-09-09T07:15"), ("an hour", "PT1H")],
    ),
    (
        "dayrecon-yacht-following-afternoon",
        "The last message from the yacht was sent at 10.47pm on 2 August. Nothing more was heard until the "
        "following afternoon.",
        date(2025, 8, 20),
        [("10.47pm on 2 August", "2025-08-02T22:47"), ("the following afternoon", "2025-08-03TAF")],
    ),
    (
        "dayrecon-that-morning-after-date",
        "The flood barrier was lowered on 6 December. That morning, the river was already over its banks.",
        date(2024, 12, 13),
        [("6 December", "2024-12-06"), ("That morning", "2024-12-06TMO")],
    ),
    (
        "lookback-decade-ago-harbour",
        "A decade ago, the harbour was full of fishing boats.",
        date(2025, 6, 6),
        [("A decade ago", "2015")],
    ),
    (
        "lookback-opened-then-five-years-later",
        "When the museum opened in 2015, critics called it a white elephant. Five years later, it was the "
        "most visited in the country.",
        date(2024, 3, 27),
        [("2015", "2015"), ("Five years later", "2020")],
    ),
    (
        "lookback-since-early-2000s",
        "Since the early 2000s, the town has lost a third of its population.",
        date(2025, 2, 18),
        [("the early 2000s", "200")],
    ),
    (
        "lookback-years-ago-in-january",
        "Three years ago, in January, the river froze for the first time in living memory.",
        date(2025, 11, 4),
        [("Three years ago", "2022"), ("January", "2022-01")],
    ),
    (
        "lookback-twenty-years-ago-in-august",
        "Twenty years ago, in August, the dam broke.",
        date(2025, 10, 14),
        [("Twenty years ago", "2005"), ("August", "2005-08")],
    ),
    (
        "lookback-past-five-years",
        "In the past five years, the city has built fewer than 500 homes.",
        date(2025, 4, 8),
        [("the past five years", "P5Y")],
    ),
    (
        "lookback-recent-years",
        "In recent years, the party has drifted to the right.",
        date(2025, 4, 8),
        [("recent years", "PAST_REF")],
    ),
    (
        "lookback-built-1890s-century-later",
        "Built in the 1890s, the mill closed a century later.",
        date(2024, 8, 29),
        [("the 1890s", "189"), ("a century later", "199")],
    ),
    (
        "lookback-five-years-after-referendum",
        "Five years after the referendum, the country remains divided.",
        date(2021, 6, 23),
        [("Five years", "P5Y")],
    ),
    (
        "lookback-since-crash-of-2008",
        "Since the crash of 2008, wages have barely moved.",
        date(2024, 10, 1),
        [("2008", "2008")],
    ),
    (
        "judgment-arrest-following-day",
        "On 14 March 2019 the appellant was arrested at his home. He was interviewed the following day and "
        "released on bail.",
        date(2023, 11, 22),
        [("14 March 2019", "2019-03-14"), ("the following day", "2019-03-15")],
    ),
    (
        "judgment-evening-of-then-clock",
        "On the evening of 2 August 2020, the deceased left the flat. At 11.15pm, a neighbour heard shouting.",
        date(2024, 2, 9),
        [("the evening of 2 August 2020", "2020-08-02TEV"), ("11.15pm", "2020-08-02T23:15")],
    ),
    (
        "judgment-offences-between-years",
        "The offences were committed between 2012 and 2016, when the complainant was a child.",
        date(2024, 5, 2),
        [("2012", "2012"), ("2016", "2016")],
    ),
    (
        "judgment-trial-lasted-ended-in",
        "The trial, which lasted seven weeks, ended in June 2022 with a unanimous verdict.",
        date(2023, 9, 19),
        [("seven weeks", "P7W"), ("June 2022", "2022-06")],
    ),
    (
        "judgment-quote-yesterday-told-police-on-date",
        '"I saw him yesterday," the witness told police on 5 May 2019.',
        date(2021, 3, 11),
        [("yesterday", "2019-05-04"), ("5 May 2019", "2019-05-05")],
    ),
    (
        "judgment-heard-october-handed-down-tuesday",
        "The appeal was heard in October. Judgment was handed down on Tuesday.",
        date(2025, 12, 5),
        [("October", "2025-10"), ("Tuesday", "2025-12-02")],
    ),
    (
        "judgment-sentenced-years-released",
        "He was sentenced to nine years in 2014 and released on licence in 2019.",
        date(2022, 1, 18),
        [("nine years", "P9Y"), ("2014", "2014"), ("2019", "2019")],
    ),
    (
        "inquiry-week-before-saturday-failure",
        "The barrier failed on 21 January 2023. The week before, engineers had reported a fault.",
        date(2024, 3, 12),
        [("21 January 2023", "2023-01-21"), ("The week before", "2023-W02")],
    ),
    (
        "inquiry-evidence-wednesday-that-day",
        "Evidence given to the inquiry on Wednesday showed the warning was received on 12 March. That day, no "
        "action was taken.",
        date(2024, 4, 5),
        [("Wednesday", "2024-04-03"), ("12 March", "2024-03-12"), ("That day", "2024-03-12")],
    ),
    (
        "inquiry-sworn-in-retired-on-ordinal",
        "The jury was sworn in on 2 October 2023 and retired on the 27th.",
        date(2024, 1, 30),
        [("2 October 2023", "2023-10-02"), ("the 27th", "2023-10-27")],
    ),
    (
        "inquiry-verdict-almost-four-years-after",
        "The coroner recorded a narrative verdict on Thursday, almost four years after the crash.",
        date(2025, 5, 17),
        [("Thursday", "2025-05-15"), ("almost four years", "P4Y")],
    ),
    (
        "inquiry-quote-tomorrow-evening-of-date",
        '"I will see you tomorrow," she told her sister on the evening of 3 May 2018.',
        date(2021, 10, 26),
        [("tomorrow", "2018-05-04"), ("the evening of 3 May 2018", "2018-05-03TEV")],
    ),
    (
        "inquiry-quote-last-week-told-on-date",
        '"Last week was the hardest of my life," the widow told the inquiry on 14 January.',
        date(2025, 2, 3),
        [("Last week", "2025-W02"), ("14 January", "2025-01-14")],
    ),
    (
        "inquiry-judgment-reserved-until",
        "The tribunal reserved its judgment after hearing evidence for 11 days.",
        date(2024, 12, 11),
        [("11 days", "P11D")],
    ),
    (
        "obit-born-moved-died-sunday",
        "Born in Cork on 12 June 1938, she moved to London in 1957. She died on Sunday.",
        date(2024, 11, 19),
        [("12 June 1938", "1938-06-12"), ("1957", "1957"), ("Sunday", "2024-11-17")],
    ),
    (
        "obit-sixties-jazz-mid-seventies",
        "In the 1960s he played jazz in Paris clubs; by the mid-1970s he was writing film scores.",
        date(2023, 4, 4),
        [("the 1960s", "196"), ("the mid-1970s", "197")],
    ),
    (
        "obit-following-decade",
        "She began painting in the 1950s, and the following decade brought her first retrospective.",
        date(2023, 4, 4),
        [("the 1950s", "195"), ("the following decade", "196")],
    ),
    (
        "obit-married-divorced-years-later",
        "He married in 1962; the couple divorced 11 years later.",
        date(2022, 12, 12),
        [("1962", "1962"), ("11 years later", "1973")],
    ),
    (
        "obit-died-tuesday-publicist-wednesday",
        "The actor died on Tuesday at his home in Malibu, his publicist said on Wednesday.",
        date(2025, 2, 13),
        [("Tuesday", "2025-02-11"), ("Wednesday", "2025-02-12")],
    ),
    ("obit-career-six-decades", "Her career spanned six decades.", date(2025, 2, 13), [("six decades", "P60Y")]),
    (
        "obit-year-then-that-december",
        "In 1988 she became the first woman to lead the union, and that December she led a national strike.",
        date(2024, 7, 30),
        [("1988", "1988"), ("that December", "1988-12")],
    ),
    (
        "obit-new-years-eve-said-thursday",
        "She died on New Year's Eve, her family said on Thursday.",
        date(2025, 1, 3),
        [("New Year's Eve", "2024-12-31"), ("Thursday", "2025-01-02")],
    ),
    (
        "obit-sixties-capitalised",
        "She spent the Sixties in Paris and the Seventies in New York.",
        date(2023, 4, 4),
        [("the Sixties", "196"), ("the Seventies", "197")],
    ),
    (
        "obit-second-world-war-returned-1946",
        "He served in the Second World War and returned to teaching in 1946.",
        date(2023, 4, 4),
        [("1946", "1946")],
    ),
    (
        "obit-on-a-monday-in-april-1912",
        "The ship went down on a Monday in April 1912.",
        date(2022, 4, 15),
        [("April 1912", "1912-04")],
    ),
    (
        "opinion-this-weeks-vote-since-1992",
        "This week's vote was the closest since 1992.",
        date(2025, 6, 26),
        [("This week", "2025-W26"), ("1992", "1992")],
    ),
    (
        "opinion-last-tuesdays-ruling",
        "Last Tuesday's ruling changed little.",
        date(2025, 6, 26),
        [("Last Tuesday", "2025-06-24")],
    ),
    (
        "opinion-end-of-the-decade",
        "By the end of the decade, half of all new cars sold will be electric.",
        date(2025, 6, 26),
        [("the end of the decade", "202")],
    ),
    (
        "opinion-last-weeks-budget-next-months-review",
        "Last week's budget left the hard choices for next month's spending review.",
        date(2025, 10, 6),
        [("Last week", "2025-W40"), ("next month", "2025-11")],
    ),
    (
        "opinion-this-year-marks-a-decade",
        "This year marks a decade since the accord was signed.",
        date(2025, 12, 9),
        [("This year", "2025"), ("a decade", "P10Y")],
    ),
    (
        "opinion-thursdays-by-election-last-months-polls",
        "Thursday's by-election will tell us more than last month's polls.",
        date(2025, 4, 28),
        [("Thursday", "2025-05-01"), ("last month", "2025-03")],
    ),
    (
        "opinion-next-years-election",
        "Next year's general election will be fought on the economy.",
        date(2025, 4, 28),
        [("Next year", "2026")],
    ),
    (
        "opinion-has-until-friday",
        "The prime minister has until Friday to decide.",
        date(2025, 3, 5),
        [("Friday", "2025-03-07")],
    ),
    (
        "opinion-collapsed-in-march-wound-up-in-june",
        "The company, which collapsed in March, will be wound up in June.",
        date(2025, 10, 15),
        [("March", "2025-03"), ("June", "2026-06")],
    ),
    (
        "opinion-opened-2023-publish-in-spring",
        "The inquiry, which opened in 2023, will publish its findings in the spring.",
        date(2025, 11, 20),
        [("2023", "2023"), ("the spring", "2026-SP")],
    ),
    (
        "opinion-over-the-past-decade-now",
        "Over the past decade, rents have doubled; now they are falling.",
        date(2025, 8, 5),
        [("the past decade", "P10Y"), ("now", "PRESENT_REF")],
    ),
    (
        "opinion-mrs-may-left-in-july",
        "Mrs May left Downing Street in July 2019.",
        date(2024, 7, 4),
        [("July 2019", "2019-07")],
    ),
    (
        "correction-took-place-tuesday-not-wednesday",
        "An earlier version of this story misstated the day of the vote. It took place on Tuesday, not Wednesday.",
        date(2025, 3, 14),
        [("Tuesday", "2025-03-11"), ("Wednesday", "2025-03-12")],
    ),
    (
        "correction-amended-on-date-hearing-is-thursday",
        "This article was amended on 6 May 2024 to correct the date of the hearing, which is on Thursday.",
        date(2024, 5, 6),
        [("6 May 2024", "2024-05-06"), ("Thursday", "2024-05-09")],
    ),
    (
        "correction-closed-in-2012-not-2011",
        "An earlier version of this article said the factory closed in 2011. It closed in 2012.",
        date(2024, 5, 6),
        [("2011", "2011"), ("2012", "2012")],
    ),
    (
        "correction-updated-statement-wednesday-evening",
        "This story has been updated to include a statement issued by the company on Wednesday evening.",
        date(2025, 8, 21),
        [("Wednesday evening", "2025-08-20TEV")],
    ),
    (
        "correction-first-published-monday",
        "This story was first published on Monday and has since been updated.",
        date(2025, 8, 19),
        [("Monday", "2025-08-18")],
    ),
    (
        "correction-referendum-date",
        "A previous version of this article gave the wrong date for the referendum, which took place on 23 June 2016.",
        date(2021, 2, 2),
        [("23 June 2016", "2016-06-23")],
    ),
    (
        "quotefeature-next-month-said-dec",
        '"We will reopen next month," the owner said on Dec. 18.',
        date(2025, 1, 10),
        [("next month", "2025-01"), ("Dec. 18", "2024-12-18")],
    ),
    (
        "quotefeature-tonight-coroner-wednesday",
        '"By tonight we will know more," the coroner said on Wednesday.',
        date(2024, 11, 29),
        [("tonight", "2024-11-27TNI"), ("Wednesday", "2024-11-27")],
    ),
    (
        "quotefeature-this-morning-single-quotes",
        "‘This morning the water was at my knees,’ a resident told the BBC on Sunday.",
        date(2024, 11, 26),
        [("This morning", "2024-11-24TMO"), ("Sunday", "2024-11-24")],
    ),
    (
        "trap-time-magazine-named",
        "Time magazine named her one of the most influential people in 2019.",
        date(2023, 4, 4),
        [("2019", "2019")],
    ),
    (
        "trap-spring-street-raided",
        "Officers raided the offices on Spring Street on Tuesday.",
        date(2023, 4, 6),
        [("Tuesday", "2023-04-04")],
    ),
    (
        "trap-the-march-on-date",
        "The march on 12 March 2011 drew 10,000 people.",
        date(2021, 3, 12),
        [("12 March 2011", "2011-03-12")],
    ),
    ("business-unveiled-in-may", "Officials unveiled the budget in May.", date(2024, 2, 10), [("May", "2023-05")]),
    ("crime-uncovered-in-may", "Police uncovered the plot in May.", date(2024, 2, 10), [("May", "2023-05")]),
    (
        "business-undisclosed-sum-in-may",
        "The firm was sold for an undisclosed sum in May.",
        date(2024, 2, 10),
        [("May", "2023-05")],
    ),
    # --- a fourth held-out batch on tense, written blind ---
    (
        "tense-said-it-would-close-friday",
        "The company said it would close the plant on Friday.",
        date(2025, 9, 16),
        [("Friday", "2025-09-19")],
    ),
    (
        "tense-said-monday-would-publish-friday",
        "The ministry said on Monday it would publish the figures on Friday.",
        date(2025, 10, 8),
        [("Monday", "2025-10-06"), ("Friday", "2025-10-10")],
    ),
    (
        "tense-told-reporters-wednesday-withdraw-by-sunday",
        "The defence minister told reporters on Wednesday that troops would withdraw by Sunday.",
        date(2025, 3, 13),
        [("Wednesday", "2025-03-12"), ("Sunday", "2025-03-16")],
    ),
    (
        "tense-police-said-had-fled-saturday",
        "Police said the suspect had fled the country on Saturday.",
        date(2025, 4, 13),
        [("Saturday", "2025-04-12")],
    ),
    (
        "tense-announced-march-take-effect-september",
        "The regulator announced in March that the new rules would take effect in September.",
        date(2025, 6, 2),
        [("March", "2025-03"), ("September", "2025-09")],
    ),
    (
        "tense-warned-tuesday-could-run-out-friday",
        "Aid agencies warned on Tuesday that food could run out by Friday.",
        date(2025, 10, 8),
        [("Tuesday", "2025-10-07"), ("Friday", "2025-10-10")],
    ),
    (
        "tense-confirmed-that-will-fly-thursday",
        "A spokesman confirmed that the president will fly to Brussels on Thursday.",
        date(2025, 6, 2),
        [("Thursday", "2025-06-05")],
    ),
    (
        "tense-insisted-had-paid-january",
        "The club insisted it had paid the fee in full in January.",
        date(2025, 6, 2),
        [("January", "2025-01")],
    ),
    (
        "tense-said-friday-in-friday-paper",
        "The central bank said on Friday it would hold rates steady.",
        date(2025, 7, 11),
        [("Friday", "2025-07-11")],
    ),
    (
        "tense-it-emerged-tuesday-had-sold-march",
        "It emerged on Tuesday that the council had sold the site in March.",
        date(2025, 3, 13),
        [("Tuesday", "2025-03-11"), ("March", "2025-03")],
    ),
    (
        "tense-sources-say-will-announce-friday",
        "Sources say the prime minister will announce the reshuffle on Friday.",
        date(2025, 10, 8),
        [("Friday", "2025-10-10")],
    ),
    (
        "tense-police-say-was-attacked-saturday",
        "Police say the victim was attacked on Saturday.",
        date(2025, 6, 2),
        [("Saturday", "2025-05-31")],
    ),
    (
        "tense-he-added-board-would-meet-wednesday",
        "He added that the board would meet on Wednesday to consider the offer.",
        date(2025, 6, 2),
        [("Wednesday", "2025-06-04")],
    ),
    (
        "tense-denied-thursday-had-misled",
        "The minister denied on Thursday that she had misled parliament.",
        date(2025, 7, 11),
        [("Thursday", "2025-07-10")],
    ),
    (
        "tense-promised-to-finish-by-october",
        "The contractor promised to finish the work by October.",
        date(2025, 6, 2),
        [("October", "2025-10")],
    ),
    (
        "tense-pledged-monday-cut-by-march",
        "The government pledged on Monday to cut waiting lists by March.",
        date(2024, 12, 18),
        [("Monday", "2024-12-16"), ("March", "2025-03")],
    ),
    (
        "tense-was-told-monday-freed-friday",
        "The hostage was told on Monday that he will be freed on Friday.",
        date(2025, 9, 16),
        [("Monday", "2025-09-15"), ("Friday", "2025-09-19")],
    ),
    (
        "tense-according-to-met-in-april",
        "According to the indictment, the men met in Madrid in April.",
        date(2025, 6, 2),
        [("April", "2025-04")],
    ),
    (
        "tense-quote-will-vote-thursday-said-monday",
        '"We will vote on Thursday," the senator said on Monday.',
        date(2025, 10, 8),
        [("Thursday", "2025-10-09"), ("Monday", "2025-10-06")],
    ),
    (
        "tense-quote-attacked-saturday-told-monday",
        '"They attacked us on Saturday," a villager told reporters on Monday.',
        date(2025, 9, 16),
        [("Saturday", "2025-09-13"), ("Monday", "2025-09-15")],
    ),
    (
        "tense-said-wednesday-plans-resume-january",
        "The airline said on Wednesday it plans to resume flights to Tel Aviv in January.",
        date(2025, 12, 19),
        [("Wednesday", "2025-12-17"), ("January", "2026-01")],
    ),
    (
        "tense-minister-said-monday-bill-february",
        "The minister said on Monday that the bill would be published in February.",
        date(2026, 1, 8),
        [("Monday", "2026-01-05"), ("February", "2026-02")],
    ),
    (
        "tense-was-arrested-on-sunday",
        "The suspect was arrested on Sunday at a motorway services.",
        date(2025, 9, 16),
        [("Sunday", "2025-09-14")],
    ),
    (
        "tense-is-expected-to-be-signed-thursday",
        "The agreement is expected to be signed on Thursday.",
        date(2025, 11, 22),
        [("Thursday", "2025-11-27")],
    ),
    (
        "tense-was-signed-thursday-saturday-paper",
        "The agreement was signed on Thursday.",
        date(2025, 11, 22),
        [("Thursday", "2025-11-20")],
    ),
    (
        "tense-will-be-unveiled-monday-monday-paper",
        "The new timetable will be unveiled on Monday.",
        date(2025, 6, 2),
        [("Monday", "2025-06-02")],
    ),
    (
        "tense-were-evacuated-late-friday",
        "Hundreds of residents were evacuated late on Friday.",
        date(2025, 4, 13),
        [("Friday", "2025-04-11")],
    ),
    (
        "tense-has-been-charged-wednesday",
        "A man has been charged over the attack on Wednesday.",
        date(2025, 3, 13),
        [("Wednesday", "2025-03-12")],
    ),
    (
        "tense-will-be-sentenced-february-dec-paper",
        "He will be sentenced in February.",
        date(2024, 12, 18),
        [("February", "2025-02")],
    ),
    (
        "tense-convicted-november-sentenced-december",
        "He was convicted in November and sentenced in December.",
        date(2025, 1, 7),
        [("November", "2024-11"), ("December", "2024-12")],
    ),
    (
        "tense-is-due-to-be-published-january",
        "The inquiry's report is due to be published in January.",
        date(2025, 12, 19),
        [("January", "2026-01")],
    ),
    (
        "tense-friday-night-was-stabbed",
        "A teenager was stabbed on Friday night.",
        date(2025, 4, 13),
        [("Friday night", "2025-04-11TNI")],
    ),
    (
        "tense-result-expected-declared-9am-tuesday",
        "The result is expected to be declared at 9 a.m. Tuesday.",
        date(2025, 4, 13),
        [("9 a.m. Tuesday", "2025-04-15T09:00")],
    ),
    ("tense-could-come-wednesday", "A vote could come on Wednesday.", date(2025, 4, 13), [("Wednesday", "2025-04-16")]),
    (
        "tense-might-be-delayed-until-monday",
        "The launch might be delayed until Monday.",
        date(2025, 7, 11),
        [("Monday", "2025-07-14")],
    ),
    (
        "tense-should-arrive-saturday",
        "The aid convoy should arrive on Saturday.",
        date(2025, 3, 13),
        [("Saturday", "2025-03-15")],
    ),
    (
        "tense-must-leave-by-sunday",
        "Foreign nationals must leave the country by Sunday.",
        date(2025, 10, 8),
        [("Sunday", "2025-10-12")],
    ),
    (
        "tense-is-set-to-raise-tuesday",
        "The central bank is set to raise interest rates on Tuesday.",
        date(2025, 11, 22),
        [("Tuesday", "2025-11-25")],
    ),
    (
        "tense-is-scheduled-to-land-friday-friday-paper",
        "The spacecraft is scheduled to land on Friday.",
        date(2025, 7, 11),
        [("Friday", "2025-07-11")],
    ),
    (
        "tense-is-poised-to-complete-august",
        "The company is poised to complete the takeover in August.",
        date(2025, 6, 2),
        [("August", "2025-08")],
    ),
    (
        "tense-has-until-5pm-friday",
        "The landlord has until 5 p.m. Friday to respond.",
        date(2025, 9, 16),
        [("5 p.m. Friday", "2025-09-19T17:00")],
    ),
    (
        "tense-could-have-stopped-saturday",
        "Police could have stopped the attacker on Saturday, the report found.",
        date(2025, 9, 16),
        [("Saturday", "2025-09-13")],
    ),
    ("tense-may-resign-monday", "The minister may resign on Monday.", date(2025, 11, 22), [("Monday", "2025-11-24")]),
    (
        "tense-is-likely-to-approve-october",
        "Parliament is likely to approve the budget in October.",
        date(2025, 9, 16),
        [("October", "2025-10")],
    ),
    (
        "tense-needs-to-decide-by-thursday",
        "The government needs to decide by Thursday.",
        date(2025, 6, 2),
        [("Thursday", "2025-06-05")],
    ),
    (
        "tense-is-due-to-dock-sunday-sunday-paper",
        "The ship is due to dock on Sunday.",
        date(2025, 4, 13),
        [("Sunday", "2025-04-13")],
    ),
    (
        "tense-is-going-to-vote-thursday",
        "The council is going to vote on the plan on Thursday.",
        date(2025, 11, 22),
        [("Thursday", "2025-11-27")],
    ),
    (
        "tense-intends-to-publish-november",
        "The chancellor intends to publish the budget in November.",
        date(2025, 9, 16),
        [("November", "2025-11")],
    ),
    (
        "tense-hopes-to-complete-monday",
        "The club hopes to complete the signing on Monday.",
        date(2025, 11, 22),
        [("Monday", "2025-11-24")],
    ),
    (
        "tense-was-to-have-opened-march",
        "The museum was to have opened in March.",
        date(2025, 6, 2),
        [("March", "2025-03")],
    ),
    (
        "tense-is-to-appear-tuesday",
        "He is to appear in court on Tuesday.",
        date(2025, 7, 11),
        [("Tuesday", "2025-07-15")],
    ),
    (
        "tense-is-scheduled-to-start-february",
        "The retrial is scheduled to start in February.",
        date(2025, 12, 29),
        [("February", "2026-02")],
    ),
    (
        "tense-has-been-postponed-until-thursday-thursday-paper",
        "The hearing has been postponed until Thursday.",
        date(2025, 3, 13),
        [("Thursday", "2025-03-13")],
    ),
    (
        "tense-has-been-missing-since-saturday",
        "The climber has been missing since Saturday.",
        date(2025, 6, 2),
        [("Saturday", "2025-05-31")],
    ),
    (
        "tense-had-left-by-time-police-arrived-friday",
        "By the time police arrived on Friday, the gunman had left.",
        date(2025, 11, 22),
        [("Friday", "2025-11-21")],
    ),
    (
        "tense-will-have-searched-by-sunday",
        "By Sunday, the rescue teams will have searched every building.",
        date(2025, 10, 8),
        [("Sunday", "2025-10-12")],
    ),
    (
        "tense-has-agreed-to-meet-tuesday",
        "The union has agreed to meet employers on Tuesday.",
        date(2025, 7, 11),
        [("Tuesday", "2025-07-15")],
    ),
    (
        "tense-had-been-due-may-now-july",
        "The bridge had been due to open in May but will now open in July.",
        date(2025, 6, 2),
        [("May", "2025-05"), ("now", "PRESENT_REF"), ("July", "2025-07")],
    ),
    (
        "tense-have-been-closed-since-december",
        "Schools have been closed since December.",
        date(2026, 1, 2),
        [("December", "2025-12")],
    ),
    (
        "tense-did-not-attend-tuesdays",
        "The prime minister did not attend Tuesday's meeting.",
        date(2025, 3, 13),
        [("Tuesday", "2025-03-11")],
    ),
    (
        "tense-wont-meet-until-friday",
        "The two sides won't meet again until Friday.",
        date(2025, 6, 2),
        [("Friday", "2025-06-06")],
    ),
    (
        "tense-will-not-return-before-monday",
        "Parliament will not return before Monday.",
        date(2025, 10, 8),
        [("Monday", "2025-10-13")],
    ),
    (
        "tense-not-seen-since-thursday-friday-paper",
        "The boy has not been seen since Thursday.",
        date(2025, 7, 11),
        [("Thursday", "2025-07-10")],
    ),
    (
        "tense-did-not-vote-monday",
        "Opposition MPs did not vote on Monday, citing the boycott.",
        date(2025, 9, 16),
        [("Monday", "2025-09-15")],
    ),
    (
        "tense-not-expected-to-rule-until-march",
        "The court is not expected to rule until March.",
        date(2025, 12, 29),
        [("March", "2026-03")],
    ),
    (
        "tense-promised-for-friday-never-arrived",
        "The shipment promised for Friday never arrived.",
        date(2025, 4, 13),
        [("Friday", "2025-04-11")],
    ),
    (
        "tense-no-trains-will-run-sunday",
        "No trains will run on Sunday.",
        date(2025, 11, 22),
        [("Sunday", "2025-11-23")],
    ),
    (
        "tense-failed-to-meet-fridays-deadline",
        "The firm failed to meet Friday's deadline.",
        date(2025, 6, 2),
        [("Friday", "2025-05-30")],
    ),
    (
        "tense-if-talks-fail-friday-strike-monday",
        "If talks fail on Friday, the union will strike on Monday.",
        date(2025, 10, 8),
        [("Friday", "2025-10-10"), ("Monday", "2025-10-13")],
    ),
    (
        "tense-question-will-cut-thursday",
        "Will the central bank cut rates on Thursday?",
        date(2025, 9, 16),
        [("Thursday", "2025-09-18")],
    ),
    (
        "tense-unless-deal-by-sunday",
        "Unless a deal is reached by Sunday, the government will shut down.",
        date(2025, 3, 13),
        [("Sunday", "2025-03-16")],
    ),
    (
        "tense-should-the-vote-fail-tuesday",
        "Should the vote fail on Tuesday, an election would follow.",
        date(2025, 11, 22),
        [("Tuesday", "2025-11-25")],
    ),
    (
        "tense-question-did-know-monday",
        "Did the minister know about the leak on Monday?",
        date(2025, 10, 8),
        [("Monday", "2025-10-06")],
    ),
    (
        "tense-if-approved-april-start-july",
        "If approved in April, the scheme would start in July.",
        date(2025, 3, 13),
        [("April", "2025-04"), ("July", "2025-07")],
    ),
    (
        "tense-unclear-whether-can-resume-wednesday",
        "It is unclear whether the airline can resume flights by Wednesday.",
        date(2025, 4, 13),
        [("Wednesday", "2025-04-16")],
    ),
    (
        "tense-if-merger-approved-march-combine-june",
        "If the merger is approved in March, the firms will combine in June.",
        date(2025, 1, 7),
        [("March", "2025-03"), ("June", "2025-06")],
    ),
    (
        "tense-headline-resigns-successor-named-monday",
        "Minister resigns; successor named Monday",
        date(2025, 9, 16),
        [("Monday", "2025-09-15")],
    ),
    (
        "tense-headline-fed-to-announce-wednesday",
        "Fed to announce rate decision Wednesday",
        date(2025, 6, 2),
        [("Wednesday", "2025-06-04")],
    ),
    (
        "tense-headline-talks-set-for-thursday",
        "Talks set for Thursday as strike looms",
        date(2025, 11, 22),
        [("Thursday", "2025-11-27")],
    ),
    (
        "tense-headline-three-dead-after-crash-sunday",
        "Three dead after crash on M6 on Sunday",
        date(2025, 6, 2),
        [("Sunday", "2025-06-01")],
    ),
    (
        "tense-envoy-who-arrived-sunday-will-leave-thursday",
        "The envoy, who arrived on Sunday, will leave on Thursday.",
        date(2025, 9, 16),
        [("Sunday", "2025-09-14"), ("Thursday", "2025-09-18")],
    ),
    (
        "tense-stadium-which-opens-friday-was-built",
        "The stadium, which opens on Friday, was built in 18 months.",
        date(2025, 10, 8),
        [("Friday", "2025-10-10"), ("18 months", "P18M")],
    ),
    (
        "tense-plan-announced-tuesday-effect-january",
        "The plan, which was announced on Tuesday, will take effect in January.",
        date(2024, 12, 18),
        [("Tuesday", "2024-12-17"), ("January", "2025-01")],
    ),
    (
        "tense-striker-who-will-miss-saturdays-injured-wednesday",
        "The striker, who will miss Saturday's match, was injured in training on Wednesday.",
        date(2025, 3, 13),
        [("Saturday", "2025-03-15"), ("Wednesday", "2025-03-12")],
    ),
    (
        "tense-lender-whose-shares-fell-monday-report-thursday",
        "The lender, whose shares fell on Monday, will report earnings on Thursday.",
        date(2025, 9, 16),
        [("Monday", "2025-09-15"), ("Thursday", "2025-09-18")],
    ),
    (
        "tense-hall-where-will-debate-sunday-damaged-friday",
        "The hall where the candidates will debate on Sunday was damaged by fire on Friday.",
        date(2025, 11, 22),
        [("Sunday", "2025-11-23"), ("Friday", "2025-11-21")],
    ),
    (
        "tense-company-which-collapsed-december-wound-up-march",
        "The retailer, which collapsed in December, will be wound up in March.",
        date(2026, 1, 3),
        [("December", "2025-12"), ("March", "2026-03")],
    ),
    (
        "tense-after-vote-tuesday-will-break",
        "After the vote on Tuesday, lawmakers will break for the summer.",
        date(2025, 6, 2),
        [("Tuesday", "2025-06-03"), ("the summer", "2025-SU")],
    ),
    (
        "tense-after-vote-tuesday-left",
        "After the vote on Tuesday, lawmakers left for the recess.",
        date(2025, 3, 13),
        [("Tuesday", "2025-03-11")],
    ),
    (
        "tense-before-leaving-friday-will-meet",
        "Before leaving for Washington on Friday, the chancellor will meet business leaders.",
        date(2025, 10, 8),
        [("Friday", "2025-10-10")],
    ),
    (
        "tense-when-polls-open-sunday",
        "When polls open on Sunday, voters will choose a new parliament.",
        date(2025, 7, 11),
        [("Sunday", "2025-07-13")],
    ),
    (
        "tense-once-ratified-september",
        "Once the treaty is ratified in September, tariffs will fall.",
        date(2025, 6, 2),
        [("September", "2025-09")],
    ),
    (
        "tense-since-took-office-january",
        "Since he took office in January, the president has signed 40 orders.",
        date(2025, 6, 2),
        [("January", "2025-01")],
    ),
    (
        "tense-until-governor-returns-monday",
        "Until the governor returns on Monday, her deputy is in charge.",
        date(2025, 11, 22),
        [("Monday", "2025-11-24")],
    ),
    (
        "tense-ahead-of-tuesdays-vote-rallied",
        "Campaigners rallied outside parliament ahead of Tuesday's vote.",
        date(2025, 4, 13),
        [("Tuesday", "2025-04-15")],
    ),
    (
        "tense-in-wake-of-saturdays-attack",
        "Security was tightened in the wake of Saturday's attack.",
        date(2025, 6, 2),
        [("Saturday", "2025-05-31")],
    ),
    (
        "tense-met-saturday-meet-again-tuesday",
        "The negotiators met on Saturday and will meet again on Tuesday.",
        date(2025, 4, 13),
        [("Saturday", "2025-04-12"), ("Tuesday", "2025-04-15")],
    ),
    (
        "tense-opened-monday-closes-sunday",
        "The fair opened on Monday and closes on Sunday.",
        date(2025, 10, 8),
        [("Monday", "2025-10-06"), ("Sunday", "2025-10-12")],
    ),
    (
        "tense-was-due-friday-now-expected-december",
        "The report was due on Friday but is now expected in December.",
        date(2025, 11, 22),
        [("Friday", "2025-11-21"), ("now", "PRESENT_REF"), ("December", "2025-12")],
    ),
    (
        "tense-resigned-march-step-down-june",
        "The chief executive resigned in March and will step down in June.",
        date(2025, 4, 13),
        [("March", "2025-03"), ("June", "2025-06")],
    ),
    (
        "tense-will-hear-appeal-last-fridays-ruling-wednesday",
        "The court will hear the appeal against last Friday's ruling on Wednesday.",
        date(2025, 6, 2),
        [("last Friday", "2025-05-30"), ("Wednesday", "2025-06-04")],
    ),
    (
        "tense-voted-in-may-to-close-in-august",
        "The council voted in May to close the library in August.",
        date(2025, 7, 11),
        [("May", "2025-05"), ("August", "2025-08")],
    ),
    (
        "tense-rose-december-rise-again-february",
        "Fuel prices rose in December and will rise again in February.",
        date(2025, 1, 7),
        [("December", "2024-12"), ("February", "2025-02")],
    ),
    (
        "tense-ceasefire-agreed-dec-20-expire-jan-10",
        "The ceasefire, agreed on Dec. 20, is due to expire on Jan. 10.",
        date(2025, 12, 29),
        [("Dec. 20", "2025-12-20"), ("Jan. 10", "2026-01-10")],
    ),
    (
        "tense-deadline-for-bids-is-friday",
        "The deadline for bids is Friday.",
        date(2025, 6, 2),
        [("Friday", "2025-06-06")],
    ),
    (
        "tense-deadline-for-bids-passed-friday",
        "The deadline for bids passed on Friday.",
        date(2025, 6, 2),
        [("Friday", "2025-05-30")],
    ),
    (
        "tense-given-until-march-31",
        "Creditors have been given until March 31 to lodge claims.",
        date(2026, 1, 8),
        [("March 31", "2026-03-31")],
    ),
    (
        "tense-must-be-submitted-by-jan-15",
        "Applications must be submitted by Jan. 15.",
        date(2025, 12, 29),
        [("Jan. 15", "2026-01-15")],
    ),
    (
        "tense-extended-deadline-to-dec-31",
        "The government extended the deadline to Dec. 31.",
        date(2025, 11, 22),
        [("Dec. 31", "2025-12-31")],
    ),
    (
        "tense-missed-dec-31-deadline",
        "The company missed a Dec. 31 deadline to file its accounts.",
        date(2025, 1, 7),
        [("Dec. 31", "2024-12-31")],
    ),
    (
        "tense-takes-effect-thursday-jan-1",
        "The new law takes effect on Thursday, Jan. 1.",
        date(2025, 12, 19),
        [("Thursday, Jan. 1", "2026-01-01")],
    ),
    (
        "tense-sales-collapsed-december-jan-paper",
        "Sales collapsed in December, the retailer said.",
        date(2026, 1, 2),
        [("December", "2025-12")],
    ),
    (
        "tense-ferry-sank-tuesday-dec-30",
        "The ferry sank on Tuesday, Dec. 30.",
        date(2026, 1, 3),
        [("Tuesday, Dec. 30", "2025-12-30")],
    ),
    (
        "tense-talks-resume-monday-jan-5",
        "Talks will resume on Monday, Jan. 5.",
        date(2025, 12, 29),
        [("Monday, Jan. 5", "2026-01-05")],
    ),
    (
        "tense-fire-broke-out-wednesday-jan-paper",
        "The fire broke out on Wednesday.",
        date(2026, 1, 2),
        [("Wednesday", "2025-12-31")],
    ),
    (
        "tense-markets-will-reopen-friday-dec-paper",
        "Markets will reopen on Friday.",
        date(2025, 12, 29),
        [("Friday", "2026-01-02")],
    ),
    (
        "tense-factory-closed-november-dec-paper",
        "The factory closed in November.",
        date(2025, 12, 29),
        [("November", "2025-11")],
    ),
    (
        "tense-will-be-completed-december-jan-paper",
        "The stadium will be completed in December.",
        date(2025, 1, 7),
        [("December", "2025-12")],
    ),
    (
        "tense-inquiry-opened-february-dec-paper",
        "The inquiry opened in February.",
        date(2024, 12, 18),
        [("February", "2024-02")],
    ),
    (
        "tense-trial-set-to-begin-dec-1-jan-paper",
        "The trial is set to begin on Dec. 1.",
        date(2025, 1, 7),
        [("Dec. 1", "2025-12-01")],
    ),
    (
        "tense-firm-was-sold-in-september-june-paper",
        "The firm was sold in September.",
        date(2025, 6, 2),
        [("September", "2024-09")],
    ),
    (
        "tense-plant-will-reopen-april-june-paper",
        "The plant will reopen in April.",
        date(2025, 6, 2),
        [("April", "2026-04")],
    ),
    (
        "tense-expects-profit-fourth-quarter",
        "The group expects to return to profit in the fourth quarter.",
        date(2025, 9, 16),
        [("the fourth quarter", "2025-Q4")],
    ),
    (
        "tense-sales-fell-second-quarter",
        "Sales fell in the second quarter.",
        date(2025, 9, 16),
        [("the second quarter", "2025-Q2")],
    ),
    (
        "tense-strike-will-begin-friday-march-3",
        "The strike will begin on Friday, March 3.",
        date(2023, 2, 20),
        [("Friday, March 3", "2023-03-03")],
    ),
    (
        "tense-protest-took-place-saturday-oct-4",
        "The protest took place on Saturday, Oct. 4.",
        date(2025, 10, 8),
        [("Saturday, Oct. 4", "2025-10-04")],
    ),
    (
        "tense-nominations-close-thursday-19-june",
        "Nominations close on Thursday, 19 June.",
        date(2025, 6, 2),
        [("Thursday, 19 June", "2025-06-19")],
    ),
    (
        "tense-would-repay-by-monday-sept-29",
        "The bank said it would repay the loan by Monday, Sept. 29.",
        date(2025, 9, 16),
        [("Monday, Sept. 29", "2025-09-29")],
    ),
    (
        "tense-signed-tuesday-tuesday-paper",
        "The ministers signed the accord on Tuesday.",
        date(2025, 9, 16),
        [("Tuesday", "2025-09-16")],
    ),
    (
        "tense-will-sign-tuesday-tuesday-paper",
        "The ministers will sign the accord on Tuesday.",
        date(2025, 9, 16),
        [("Tuesday", "2025-09-16")],
    ),
    (
        "tense-raised-rates-friday-friday-paper",
        "The central bank raised rates on Friday.",
        date(2025, 7, 11),
        [("Friday", "2025-07-11")],
    ),
    (
        "tense-next-saturday-saturday-paper",
        "The final will be played next Saturday.",
        date(2025, 11, 22),
        [("next Saturday", "2025-11-29")],
    ),
    (
        "tense-this-coming-sunday-sunday-paper",
        "Voters go to the polls this coming Sunday.",
        date(2025, 4, 13),
        [("this coming Sunday", "2025-04-20")],
    ),
    (
        "tense-last-wednesday-wednesday-paper",
        "The regulator fined the bank last Wednesday.",
        date(2025, 10, 8),
        [("last Wednesday", "2025-10-01")],
    ),
    (
        "tense-will-strike-this-friday-monday-paper",
        "The union will strike this Friday.",
        date(2025, 6, 2),
        [("this Friday", "2025-06-06")],
    ),
    (
        "tense-will-close-sunday-morning",
        "Crews will close the bridge on Sunday morning.",
        date(2025, 3, 13),
        [("Sunday morning", "2025-03-16TMO")],
    ),
    (
        "tense-could-not-be-reached",
        "The minister could not be reached for comment on Tuesday.",
        date(2025, 10, 8),
        [("Tuesday", "2025-10-07")],
    ),
    ("tense-could-be-signed", "The deal could be signed on Friday.", date(2025, 10, 8), [("Friday", "2025-10-10")]),
    (
        "tense-could-not-be-located",
        "Relatives could not be located Thursday.",
        date(2025, 10, 8),
        [("Thursday", "2025-10-02")],
    ),
    # --- a fifth held-out batch on formats and numbers, written blind ---
    (
        "format-iso-date-in-filing",
        "The company disclosed the sale in a filing dated 2023-04-05.",
        date(2023, 4, 12),
        [("2023-04-05", "2023-04-05")],
    ),
    (
        "format-iso-date-sentence-start",
        "2024-02-29: The council published its draft budget.",
        date(2024, 2, 29),
        [("2024-02-29", "2024-02-29")],
    ),
    (
        "format-iso-date-in-parentheses",
        "The regulator's notice (published 2022-12-30) set out the new rules.",
        date(2023, 1, 3),
        [("2022-12-30", "2022-12-30")],
    ),
    (
        "format-iso-deadline-new-years-eve",
        "The deadline is 2024-12-31.",
        date(2024, 12, 31),
        [("2024-12-31", "2024-12-31")],
    ),
    ("format-us-slash-year-end", "The policy expired on 12/31/2023.", date(2024, 1, 2), [("12/31/2023", "2023-12-31")]),
    (
        "format-us-slash-two-digit-year",
        "The deed was recorded on 4/15/23, according to county records.",
        date(2023, 6, 1),
        [("4/15/23", "2023-04-15")],
    ),
    (
        "format-us-slash-leading-zero-leap",
        "Police said the burglary occurred on 02/29/2024.",
        date(2024, 3, 4),
        [("02/29/2024", "2024-02-29")],
    ),
    (
        "format-us-slash-two-digit-next-year",
        "The offer is valid through 1/31/25.",
        date(2024, 12, 20),
        [("1/31/25", "2025-01-31")],
    ),
    (
        "format-dotted-day-first",
        "The contract was signed in Berlin on 25.11.2022.",
        date(2023, 1, 10),
        [("25.11.2022", "2022-11-25")],
    ),
    (
        "format-ordinal-march-3rd",
        "The ceasefire took effect on March 3rd.",
        date(2023, 3, 10),
        [("March 3rd", "2023-03-03")],
    ),
    (
        "format-ordinal-the-3rd-of-march",
        "Applications close on the 3rd of March.",
        date(2025, 2, 14),
        [("the 3rd of March", "2025-03-03")],
    ),
    (
        "format-ordinal-sept-1st-year",
        "Schools reopened on Sept. 1st, 2020, with masks in every classroom.",
        date(2021, 3, 1),
        [("Sept. 1st, 2020", "2020-09-01")],
    ),
    (
        "format-ordinal-22nd-december",
        "The winter market runs until 22nd December.",
        date(2024, 11, 28),
        [("22nd December", "2024-12-22")],
    ),
    (
        "format-ordinal-fronted-1st-july",
        "On 1st July, the new rules come into force.",
        date(2025, 6, 20),
        [("1st July", "2025-07-01")],
    ),
    (
        "format-ordinal-may-2nd",
        "The results will be announced on May 2nd.",
        date(2024, 4, 20),
        [("May 2nd", "2024-05-02")],
    ),
    (
        "format-ordinal-sentence-start",
        "March 3rd marks a year since the flood.",
        date(2025, 2, 20),
        [("March 3rd", "2025-03-03"), ("a year", "P1Y")],
    ),
    (
        "format-ordinal-leap-day",
        "The referendum was held on Feb. 29th.",
        date(2024, 3, 5),
        [("Feb. 29th", "2024-02-29")],
    ),
    (
        "format-ordinal-jan-1st-year-end",
        "The price cap rises on Jan. 1st.",
        date(2024, 12, 20),
        [("Jan. 1st", "2025-01-01")],
    ),
    ("format-sept-no-dot", "The hearing was adjourned to Sept 14.", date(2023, 8, 30), [("Sept 14", "2023-09-14")]),
    ("format-sep-dot", "Shares peaked on Sep. 8 and have fallen since.", date(2023, 10, 2), [("Sep. 8", "2023-09-08")]),
    ("format-jan-no-dot-deadline", "Filings must be made by Jan 31.", date(2024, 12, 10), [("Jan 31", "2025-01-31")]),
    (
        "format-feb-no-dot-leap",
        "The fund's units were last priced on Feb 29.",
        date(2024, 3, 4),
        [("Feb 29", "2024-02-29")],
    ),
    (
        "format-dec-dot-across-new-year",
        "Customers who ordered before Dec. 20 were refunded.",
        date(2025, 1, 6),
        [("Dec. 20", "2024-12-20")],
    ),
    (
        "format-dec-no-dot-new-years-day",
        "The shop closed for good on Dec 31.",
        date(2025, 1, 1),
        [("Dec 31", "2024-12-31")],
    ),
    ("format-month-abbrev-year", "Inflation has fallen since Oct 2022.", date(2023, 5, 15), [("Oct 2022", "2022-10")]),
    (
        "format-month-apostrophe-year",
        "The band's last album came out in March '19.",
        date(2024, 4, 10),
        [("March '19", "2019-03")],
    ),
    (
        "format-day-abbrev-month-year",
        "The firm was founded on 4 Sept 1998.",
        date(2023, 6, 14),
        [("4 Sept 1998", "1998-09-04")],
    ),
    (
        "format-time-on-day-abbrev-month",
        "Tickets go on sale at 10am on 9 Aug, the organisers said.",
        date(2024, 7, 30),
        [("10am on 9 Aug", "2024-08-09T10:00")],
    ),
    (
        "format-month-abbrev-sentence-start",
        "Sept. sales at the chain fell 3%, the company said Thursday.",
        date(2024, 10, 5),
        [("Sept.", "2024-09"), ("Thursday", "2024-10-03")],
    ),
    (
        "format-month-day-year-no-comma",
        "The treaty was signed on March 3 2019.",
        date(2023, 6, 14),
        [("March 3 2019", "2019-03-03")],
    ),
    (
        "format-tue-abbrev-with-date",
        "The offer closes on Tue 12 March.",
        date(2024, 3, 5),
        [("Tue 12 March", "2024-03-12")],
    ),
    (
        "format-thurs-dot-with-date",
        "The vote is on Thurs., May 2.",
        date(2024, 4, 25),
        [("Thurs., May 2", "2024-05-02")],
    ),
    (
        "format-sat-abbrev-with-sept",
        "The reopening is planned for Sat 14 Sept.",
        date(2024, 9, 2),
        [("Sat 14 Sept.", "2024-09-14")],
    ),
    ("format-class-of-98", "She graduated with the class of '98.", date(2023, 6, 14), [("'98", "1998")]),
    ("format-since-apostrophe-04", "The club has not won the league since '04.", date(2024, 5, 20), [("'04", "2004")]),
    (
        "format-apostrophe-24-race",
        "Candidates are already lining up for the '24 race.",
        date(2023, 11, 1),
        [("'24", "2024")],
    ),
    ("format-the-60s-apostrophe", "The house was built in the '60s.", date(2023, 6, 14), [("the '60s", "196")]),
    ("format-late-80s-apostrophe", "The brand peaked in the late '80s.", date(2023, 6, 14), [("the late '80s", "198")]),
    (
        "format-90s-curly-apostrophe-fronted",
        "In the ’90s, the shipyard employed 5,000 people.",
        date(2023, 6, 14),
        [("the ’90s", "199")],
    ),
    ("format-70s-no-apostrophe", "He was a session musician in the 70s.", date(2023, 6, 14), [("the 70s", "197")]),
    (
        "format-trap-temperatures-in-60s",
        "Highs will be in the 60s on Sunday.",
        date(2023, 10, 5),
        [("Sunday", "2023-10-08")],
    ),
    (
        "format-since-the-mid-1990s",
        "Prices have not been this low since the mid-1990s.",
        date(2023, 6, 14),
        [("the mid-1990s", "199")],
    ),
    ("format-late-2010s", "Sales peaked in the late 2010s.", date(2024, 6, 14), [("the late 2010s", "201")]),
    (
        "format-late-20th-century",
        "The tower is a relic of the late 20th century.",
        date(2023, 6, 14),
        [("the late 20th century", "19")],
    ),
    ("format-the-1800s", "The church was rebuilt in the 1800s.", date(2023, 6, 14), [("the 1800s", "18")]),
    ("format-mid-1800s", "The mill was built in the mid-1800s.", date(2023, 6, 14), [("the mid-1800s", "18")]),
    (
        "format-early-1900s-fronted",
        "In the early 1900s, the valley was farmland.",
        date(2023, 6, 14),
        [("the early 1900s", "19")],
    ),
    (
        "format-21st-century",
        "It is the worst outbreak of the 21st century.",
        date(2023, 6, 14),
        [("the 21st century", "20")],
    ),
    (
        "format-1980s-next-to-count",
        "Some 1,980 workers lost their jobs in the 1980s.",
        date(2023, 6, 14),
        [("the 1980s", "198")],
    ),
    ("format-decade-sentence-start", "1990s nostalgia is big business.", date(2023, 5, 5), [("1990s", "199")]),
    (
        "format-year-range-hyphen",
        "He chaired the board in 2019-2021.",
        date(2024, 6, 14),
        [("2019", "2019"), ("2021", "2021")],
    ),
    (
        "format-year-range-en-dash",
        "The survey covered 2015–2018.",
        date(2024, 6, 14),
        [("2015", "2015"), ("2018", "2018")],
    ),
    (
        "format-year-range-between",
        "Output doubled between 2010 and 2014.",
        date(2024, 6, 14),
        [("2010", "2010"), ("2014", "2014")],
    ),
    (
        "format-year-range-through",
        "The program ran from 2016 through 2019.",
        date(2024, 6, 14),
        [("2016", "2016"), ("2019", "2019")],
    ),
    (
        "format-year-range-parenthetical-term",
        "The former governor (2011-2019) died on Sunday.",
        date(2024, 6, 3),
        [("2011", "2011"), ("2019", "2019"), ("Sunday", "2024-06-02")],
    ),
    (
        "format-two-years-opened-closed",
        "The plant opened in 1998 and closed in 2012.",
        date(2024, 6, 14),
        [("1998", "1998"), ("2012", "2012")],
    ),
    (
        "format-year-and-parenthetical-year",
        "The law dates from 1975 (amended 2004).",
        date(2024, 6, 14),
        [("1975", "1975"), ("2004", "2004")],
    ),
    ("format-year-before-event-name", "The 2022 World Cup was held in Qatar.", date(2024, 6, 14), [("2022", "2022")]),
    ("format-year-sentence-start", "2021 was the hottest year on record.", date(2022, 1, 10), [("2021", "2021")]),
    (
        "format-year-start-percent-said",
        "2023 revenue rose 7%, the company said on Tuesday.",
        date(2024, 2, 15),
        [("2023", "2023"), ("Tuesday", "2024-02-13")],
    ),
    ("format-year-then-percent", "Revenue in 2023 rose 5% to $2.1 billion.", date(2024, 2, 15), [("2023", "2023")]),
    ("format-score-then-year", "Their 2-1 win in 2023 still stings.", date(2025, 1, 10), [("2023", "2023")]),
    ("format-q3-year", "Revenue fell in Q3 2023.", date(2023, 11, 2), [("Q3 2023", "2023-Q3")]),
    ("format-q4-alone-future", "The chipmaker expects demand to recover in Q4.", date(2024, 8, 1), [("Q4", "2024-Q4")]),
    ("format-h1-year-start", "H1 2024 profit rose 12%.", date(2024, 8, 1), [("H1 2024", "2024-H1")]),
    (
        "format-fourth-quarter-of-year",
        "Sales in the fourth quarter of 2023 rose 5%.",
        date(2024, 2, 20),
        [("the fourth quarter of 2023", "2023-Q4")],
    ),
    (
        "format-24h-cet-weekday",
        "The summit opens at 17:00 CET on Thursday.",
        date(2024, 3, 18),
        [("17:00 CET on Thursday", "2024-03-21T17:00")],
    ),
    ("format-noon-et", "Bids are due by noon ET.", date(2024, 5, 14), [("noon ET", "2024-05-14T12:00")]),
    (
        "format-9am-eastern-weekday",
        "The webcast starts at 9 a.m. Eastern on Wednesday.",
        date(2024, 5, 14),
        [("9 a.m. Eastern on Wednesday", "2024-05-15T09:00")],
    ),
    (
        "format-0900-gmt",
        "The central bank will publish its decision at 0900 GMT.",
        date(2023, 11, 2),
        [("0900 GMT", "2023-11-02T09:00")],
    ),
    ("format-3pm-sentence-end", "The funeral will be held at 3pm.", date(2024, 1, 12), [("3pm", "2024-01-12T15:00")]),
    (
        "format-7-pm-spaced-weekday",
        "Doors open at 7 pm on Friday.",
        date(2024, 1, 10),
        [("7 pm on Friday", "2024-01-12T19:00")],
    ),
    ("format-uk-dotted-time", "The train left at 6.45am.", date(2023, 2, 1), [("6.45am", "2023-02-01T06:45")]),
    ("format-24h-late-evening", "The curfew begins at 23:30.", date(2023, 2, 1), [("23:30", "2023-02-01T23:30")]),
    (
        "format-midnight-utc-leap-week",
        "The sanctions take effect at midnight UTC on Saturday.",
        date(2024, 2, 28),
        [("midnight UTC on Saturday", "2024-03-02T24:00")],
    ),
    (
        "format-clock-range-on-day",
        "The office is open from 9am to 5pm on Saturday.",
        date(2024, 1, 10),
        [("9am", "2024-01-13T09:00"), ("5pm on Saturday", "2024-01-13T17:00")],
    ),
    (
        "format-12-noon-weekday",
        "The march sets off at 12 noon on Sunday.",
        date(2024, 6, 6),
        [("12 noon on Sunday", "2024-06-09T12:00")],
    ),
    ("format-quote-6pm", '"Doors open at 6pm," the club said.', date(2024, 9, 13), [("6pm", "2024-09-13T18:00")]),
    ("format-18-month-freeze", "The firm agreed an 18-month wage freeze.", date(2023, 6, 14), [("18-month", "P18M")]),
    (
        "format-10-year-low",
        "The yen fell to a 10-year low against the dollar.",
        date(2023, 6, 14),
        [("10-year", "P10Y")],
    ),
    ("format-four-decade-high", "Inflation hit a four-decade high.", date(2022, 7, 14), [("four-decade", "P40Y")]),
    ("format-10-day-high", "Bitcoin climbed 4% to a 10-day high.", date(2023, 6, 14), [("10-day", "P10D")]),
    (
        "format-two-and-a-half-years",
        "The inquiry took two and a half years.",
        date(2023, 6, 14),
        [("two and a half years", "P2Y6M")],
    ),
    (
        "format-a-year-and-a-half",
        "He spent a year and a half in custody.",
        date(2023, 6, 14),
        [("a year and a half", "P1Y6M")],
    ),
    ("format-1-5-hours", "The meeting lasted 1.5 hours.", date(2023, 6, 14), [("1.5 hours", "PT1H30M")]),
    ("format-2-5-years", "The project overran by 2.5 years.", date(2023, 6, 14), [("2.5 years", "P2Y6M")]),
    ("format-unicode-half-years", "He was jailed for 3½ years.", date(2023, 6, 14), [("3½ years", "P3Y6M")]),
    ("format-90-minutes", "The vote came after 90 minutes of debate.", date(2023, 6, 14), [("90 minutes", "PT90M")]),
    (
        "format-six-week-strike",
        "The six-week strike ended on Friday.",
        date(2024, 3, 11),
        [("six-week", "P6W"), ("Friday", "2024-03-08")],
    ),
    (
        "format-30-year-mortgage",
        "The average rate on a 30-year mortgage rose.",
        date(2023, 6, 14),
        [("30-year", "P30Y")],
    ),
    (
        "format-quarter-century",
        "The plant has operated for a quarter-century.",
        date(2023, 6, 14),
        [("a quarter-century", "P25Y")],
    ),
    (
        "format-words-hyphen-year-lease",
        "The club signed a twenty-five-year lease.",
        date(2023, 6, 14),
        [("twenty-five-year", "P25Y")],
    ),
    (
        "format-more-than-30-years",
        "The bridge has stood for more than 30 years.",
        date(2023, 6, 14),
        [("more than 30 years", "P30Y")],
    ),
    (
        "format-almost-18-months",
        "The ward was closed for almost 18 months.",
        date(2023, 6, 14),
        [("almost 18 months", "P18M")],
    ),
    (
        "format-eighteen-months-words",
        "Talks dragged on for eighteen months.",
        date(2023, 6, 14),
        [("eighteen months", "P18M")],
    ),
    ("format-100-day-plan", "The new mayor unveiled a 100-day plan.", date(2023, 6, 14), [("100-day", "P100D")]),
    ("format-12-hour-shifts", "Nurses work 12-hour shifts.", date(2023, 6, 14), [("12-hour", "PT12H")]),
    (
        "format-minutes-and-seconds",
        "He ran the mile in 3 minutes 43 seconds.",
        date(2023, 6, 14),
        [("3 minutes 43 seconds", "PT3M43S")],
    ),
    (
        "format-hours-and-minutes",
        "The flight takes 11 hours and 20 minutes.",
        date(2023, 6, 14),
        [("11 hours and 20 minutes", "PT11H20M")],
    ),
    ("format-1000-days-comma", "The hostages were held for 1,000 days.", date(2023, 6, 14), [("1,000 days", "P1000D")]),
    (
        "format-months-notice-apostrophe",
        "Tenants must be given six months' notice.",
        date(2023, 6, 14),
        [("six months", "P6M")],
    ),
    ("format-5-minute-walk", "The station is a 5-minute walk away.", date(2023, 6, 14), [("5-minute", "PT5M")]),
    (
        "format-half-hour-programme",
        "The channel will air a half-hour programme.",
        date(2023, 6, 14),
        [("half-hour", "PT30M")],
    ),
    (
        "format-the-past-12-months",
        "Prices rose 4% in the past 12 months.",
        date(2023, 6, 14),
        [("the past 12 months", "P12M")],
    ),
    (
        "format-the-last-10-years",
        "Rents have doubled in the last 10 years.",
        date(2023, 6, 14),
        [("the last 10 years", "P10Y")],
    ),
    (
        "format-the-next-48-hours",
        "Heavy rain is expected over the next 48 hours.",
        date(2023, 6, 14),
        [("the next 48 hours", "PT48H")],
    ),
    ("format-digits-years-ago", "The mine closed 3 years ago.", date(2024, 5, 10), [("3 years ago", "2021")]),
    ("format-digits-days-ago-leap", "The ship sank 10 days ago.", date(2024, 3, 5), [("10 days ago", "2024-02-24")]),
    ("format-trap-1999-people", "Some 1,999 people signed the petition.", date(2023, 6, 14), []),
    ("format-trap-dollar-2000", "The fine was $2000.", date(2023, 6, 14), []),
    ("format-trap-flight-1549", "Flight 1549 landed safely on the river.", date(2023, 6, 14), []),
    ("format-trap-room-1024", "The meeting moved to Room 1024.", date(2023, 6, 14), []),
    ("format-trap-windows-95", "The company still runs software written for Windows 95.", date(2023, 6, 14), []),
    ("format-trap-iphone-15", "The iPhone 15 sold out within hours.", date(2023, 9, 25), [("hours", "PTXH")]),
    ("format-trap-resolution-2334", "The council cited Resolution 2334 in its statement.", date(2023, 6, 14), []),
    (
        "format-trap-form-1040",
        "Taxpayers must file Form 1040 by April 15.",
        date(2024, 2, 1),
        [("April 15", "2024-04-15")],
    ),
    (
        "format-trap-6-3-ruling",
        "The court issued a 6-3 ruling on Thursday.",
        date(2024, 6, 28),
        [("Thursday", "2024-06-27")],
    ),
    ("format-trap-score-2-1", "City won 2-1 on Saturday.", date(2024, 2, 26), [("Saturday", "2024-02-24")]),
    (
        "format-trap-boeing-737",
        "The Boeing 737 was grounded for 20 months.",
        date(2023, 6, 14),
        [("20 months", "P20M")],
    ),
    ("format-trap-covid-19", "COVID-19 cases rose 5% last week.", date(2023, 1, 9), [("last week", "2023-W01")]),
    ("format-trap-2020-votes-comma", "She won by 2,020 votes.", date(2023, 6, 14), []),
    ("format-trap-house-bill-2021", "House Bill 2021 passed the Senate.", date(2023, 6, 14), []),
    ("format-trap-1024-pages", "The ruling runs to 1,024 pages.", date(2023, 6, 14), []),
    ("format-trap-points-percent", "Support fell 12 points to 31%.", date(2023, 6, 14), []),
    (
        "format-trap-gold-price",
        "Gold rose to $1987 an ounce on Monday.",
        date(2023, 10, 31),
        [("Monday", "2023-10-30")],
    ),
    ("format-trap-residents-count", "The village has 1848 residents, according to the census.", date(2023, 6, 14), []),
    ("format-trap-protester-range", "Between 1,500 and 2,000 protesters marched.", date(2023, 6, 14), []),
    (
        "format-month-day-dash-range",
        "The conference runs March 3-5.",
        date(2025, 2, 10),
        [("March 3", "2025-03-03"), ("5", "2025-03-05")],
    ),
    (
        "format-cross-month-range",
        "The festival runs from June 28 to July 2.",
        date(2025, 5, 20),
        [("June 28", "2025-06-28"), ("July 2", "2025-07-02")],
    ),
    (
        "format-quote-ends-with-ordinal-date",
        '"We will be back on March 3rd," the union said.',
        date(2025, 2, 20),
        [("March 3rd", "2025-03-03")],
    ),
    (
        "format-quote-starts-with-year",
        '"2024 will be a difficult year," the minister said on Monday.',
        date(2024, 1, 10),
        [("2024", "2024"), ("Monday", "2024-01-08")],
    ),
    # --- a sixth held-out batch: whole short articles, written blind ---
    (
        "article-budget-signed-new-year",
        "WASHINGTON (AP) -- The governor signed the state budget on Sunday, ending a standoff that had lasted "
        'six months. Lawmakers approved the plan on Dec. 28 after weeks of talks. "We finally have a budget '
        'for 2024," the governor said on Sunday. The spending plan takes effect on Friday. In 2022, a similar '
        "dispute shut state offices for nine days. The legislature will return on Jan. 16.",
        date(2024, 1, 1),
        [
            ("Sunday", "2023-12-31"),
            ("six months", "P6M"),
            ("Dec. 28", "2023-12-28"),
            ("weeks", "PXW"),
            ("2024", "2024"),
            ("Sunday", "2023-12-31"),
            ("Friday", "2024-01-05"),
            ("2022", "2022"),
            ("nine days", "P9D"),
            ("Jan. 16", "2024-01-16"),
        ],
    ),
    (
        "article-extradition-leap-day",
        "LONDON, 29 February (Reuters) - A High Court judge on Wednesday cleared the way for the extradition "
        "of a former banker, rejecting an appeal lodged in November. The banker was arrested in Madrid in "
        "June 2022 and has spent more than 18 months in custody. His lawyers said they would take the case to "
        'the Supreme Court next week. "We will file the papers on Monday," one of them told reporters on '
        "Wednesday. A ruling on that application is expected in April. The bank collapsed in 2019, wiping out "
        "the savings of about 40,000 customers.",
        date(2024, 2, 29),
        [
            ("29 February", "2024-02-29"),
            ("Wednesday", "2024-02-28"),
            ("November", "2023-11"),
            ("June 2022", "2022-06"),
            ("more than 18 months", "P18M"),
            ("next week", "2024-W10"),
            ("Monday", "2024-03-04"),
            ("Wednesday", "2024-02-28"),
            ("April", "2024-04"),
            ("2019", "2019"),
        ],
    ),
    (
        "article-cloud-third-quarter-results",
        "Acme Corp. said on Thursday that its third-quarter profit rose 14%, helped by strong demand for its "
        "cloud services. Net income for the quarter was $1.2 billion, up from $1.05 billion in the year-ago "
        "quarter. The company raised its forecast for 2025 and said it expects fourth-quarter sales to grow "
        "at least 6%. Chief executive Jane Doe, who took over in 2021, said the company would open two new "
        'data centers next year. "Demand has never been stronger," she told analysts on a call on Thursday. '
        "The company will pay its next dividend on Dec. 15.",
        date(2025, 10, 23),
        [
            ("Thursday", "2025-10-23"),
            ("third-quarter", "2025-Q3"),
            ("the quarter", "2025-Q3"),
            ("the year-ago quarter", "2024-Q3"),
            ("2025", "2025"),
            ("fourth-quarter", "2025-Q4"),
            ("2021", "2021"),
            ("next year", "2026"),
            ("Thursday", "2025-10-23"),
            ("Dec. 15", "2025-12-15"),
        ],
    ),
    (
        "article-earthquake-saturday",
        "ANKARA, Turkey (AP) -- A magnitude 6.1 earthquake struck eastern Turkey early Saturday, killing at "
        "least 12 people and injuring dozens. The quake hit at 3:40 a.m., the disaster agency said. Rescuers "
        "worked through the morning to pull survivors from collapsed buildings. The region was devastated by "
        "a far stronger quake in February 2023 that killed more than 50,000 people. Two years later, "
        "thousands of families were still living in containers. The agency said aftershocks could continue "
        "for several days. Schools in the province will stay closed until Monday.",
        date(2025, 8, 9),
        [
            ("Saturday", "2025-08-09"),
            ("3:40 a.m.", "2025-08-09T03:40"),
            ("the morning", "2025-08-09TMO"),
            ("February 2023", "2023-02"),
            ("Two years later", "2025"),
            ("several days", "PXD"),
            ("Monday", "2025-08-11"),
        ],
    ),
    (
        "article-league-title-sunday",
        "MANCHESTER, England -- Manchester City clinched the league title on Sunday with a 3-1 win over West "
        "Ham, their fourth straight championship. The champions had trailed Arsenal for much of April before "
        'winning their last nine games. The club has won six titles in the past seven years. "It has been an '
        'incredible season," the manager said after the game. City face Manchester United in the FA Cup final '
        "on Saturday. Arsenal last won the title in 2004. The new season starts on Aug. 16.",
        date(2024, 5, 26),
        [
            ("Sunday", "2024-05-26"),
            ("April", "2024-04"),
            ("the past seven years", "P7Y"),
            ("Saturday", "2024-06-01"),
            ("2004", "2004"),
            ("Aug. 16", "2024-08-16"),
        ],
    ),
    (
        "article-telescope-first-light",
        "PASADENA, Calif. (Reuters) - NASA's new space telescope captured its first images of a distant "
        "galaxy on Tuesday, ten days after reaching its orbit. The spacecraft was launched on Feb. 18 from "
        'Vandenberg Space Force Base. Engineers then spent a week unfolding its sunshield. "We saw the first '
        'light yesterday afternoon and the team was in tears," the project scientist said on Wednesday. The '
        "telescope will observe the galaxy for about 40 hours each week. The full science program begins in "
        "June and is planned to run for five years. The mission was first proposed in 2011.",
        date(2025, 3, 12),
        [
            ("Tuesday", "2025-03-11"),
            ("ten days", "P10D"),
            ("Feb. 18", "2025-02-18"),
            ("a week", "P1W"),
            ("yesterday afternoon", "2025-03-11TAF"),
            ("Wednesday", "2025-03-12"),
            ("about 40 hours", "PT40H"),
            ("each week", "P1W"),
            ("June", "2025-06"),
            ("five years", "P5Y"),
            ("2011", "2011"),
        ],
    ),
    (
        "article-library-closure-council",
        "The Riverside city council voted 5-2 on Monday night to close the Elm Street library at the end of "
        "August. The branch, which opened in 1968, has lost more than a third of its visitors since 2019. "
        'Council member Ana Ruiz said the decision had been "months in the making." Residents packed the '
        "chamber for nearly four hours before the vote. A petition to save the library gathered 3,000 "
        "signatures last week. The council will hold a public hearing on the building's future on Aug. 5, "
        "and the books will be moved to the main branch in September.",
        date(2025, 7, 22),
        [
            ("Monday night", "2025-07-21TNI"),
            ("the end of August", "2025-08"),
            ("1968", "1968"),
            ("2019", "2019"),
            ("months", "PXM"),
            ("nearly four hours", "PT4H"),
            ("last week", "2025-W29"),
            ("Aug. 5", "2025-08-05"),
            ("September", "2025-09"),
        ],
    ),
    (
        "article-confidence-vote-berlin",
        "BERLIN (Reuters) - Germany's coalition government survived a confidence vote on Thursday, two weeks "
        "after the finance minister resigned in a row over the budget. The chancellor won 362 votes, 14 more "
        'than he needed. "Today we showed that this government can still govern," he told parliament on '
        "Thursday. The opposition has called for early elections, which are not due until the autumn of 2027. "
        "The budget committee will meet again on Tuesday, and a final vote on the 2026 budget is expected in "
        "November. The coalition took office in May 2025 after a snap election in February.",
        date(2025, 9, 19),
        [
            ("Thursday", "2025-09-18"),
            ("two weeks", "P2W"),
            ("Today", "2025-09-18"),
            ("Thursday", "2025-09-18"),
            ("the autumn of 2027", "2027-FA"),
            ("Tuesday", "2025-09-23"),
            ("2026", "2026"),
            ("November", "2025-11"),
            ("May 2025", "2025-05"),
            ("February", "2025-02"),
        ],
    ),
    (
        "article-crypto-sentence-year-end",
        "NEW YORK (AP) -- A federal judge on Monday sentenced a former crypto executive to 12 years in prison "
        "for defrauding investors of $400 million. Prosecutors had asked for 20 years. The executive was "
        'convicted in August after a five-week trial. "I think about the victims every day," he told the '
        "court on Monday. His lawyers said they would appeal next month. He must report to prison by March 3. "
        "The company he founded in 2017 filed for bankruptcy two years ago.",
        date(2024, 12, 31),
        [
            ("Monday", "2024-12-30"),
            ("12 years", "P12Y"),
            ("20 years", "P20Y"),
            ("August", "2024-08"),
            ("five-week", "P5W"),
            ("every day", "P1D"),
            ("Monday", "2024-12-30"),
            ("next month", "2025-01"),
            ("March 3", "2025-03-03"),
            ("2017", "2017"),
            ("two years ago", "2022"),
        ],
    ),
    (
        "article-valencia-floods-january",
        "VALENCIA, Spain -- Heavy rain flooded parts of eastern Spain overnight, forcing hundreds of people "
        "from their homes. The weather agency said more than 200 litres of rain per square metre fell in "
        "eight hours. The flooding revived memories of October 2024, when storms killed more than 200 people "
        "in the province. It was the heaviest rainfall in the region since 1987. A red warning will remain in "
        "force until 6 p.m. on Friday. Officials said on Thursday that schools would reopen next Monday.",
        date(2025, 1, 2),
        [
            ("overnight", "2025-01-01TNI"),
            ("eight hours", "PT8H"),
            ("October 2024", "2024-10"),
            ("1987", "1987"),
            ("6 p.m. on Friday", "2025-01-03T18:00"),
            ("Thursday", "2025-01-02"),
            ("next Monday", "2025-01-06"),
        ],
    ),
    (
        "article-chipmaker-first-quarter-loss",
        "SEATTLE (Reuters) - Cloudbase Inc on Wednesday reported a first-quarter loss of $80 million as it "
        "spent heavily on new chips, and said it would cut 1,200 jobs by the end of June. Revenue rose 22% to "
        "$3.4 billion in the quarter, which ended March 31. The company lost $45 million in the quarter a "
        "year earlier. Chief financial officer Tom Reed said the spending would start to pay off in 2027. "
        "Shares fell 8% in extended trading. The company will hold its developer conference on May 20 and 21.",
        date(2025, 4, 30),
        [
            ("Wednesday", "2025-04-30"),
            ("first-quarter", "2025-Q1"),
            ("the end of June", "2025-06"),
            ("the quarter", "2025-Q1"),
            ("March 31", "2025-03-31"),
            ("the quarter a year earlier", "2024-Q1"),
            ("2027", "2027"),
            ("May 20", "2025-05-20"),
            ("21", "2025-05-21"),
        ],
    ),
    (
        "article-bird-flu-who-monday",
        "GENEVA (Reuters) - The World Health Organization said on Monday that a new strain of bird flu had "
        "been found in dairy cattle in three more countries over the past month. The strain was first "
        'detected on a farm in Texas in March 2024. By that summer it had spread to a dozen states. "The risk '
        'to the general public remains low, but it could change quickly," a WHO official told reporters on '
        "Monday. Health ministers will discuss the outbreak at a meeting in Geneva next week. The agency "
        "publishes a risk assessment every three months.",
        date(2025, 2, 17),
        [
            ("Monday", "2025-02-17"),
            ("the past month", "P1M"),
            ("March 2024", "2024-03"),
            ("that summer", "2024-SU"),
            ("Monday", "2025-02-17"),
            ("next week", "2025-W09"),
            ("every three months", "P3M"),
        ],
    ),
    (
        "article-jewellery-robbery-new-year",
        "Police are searching for a man who robbed a jewellery store in the town centre on Friday afternoon. "
        "The robbery happened shortly after 4 p.m., when the shop was busy with customers returning gifts. It "
        "was the third robbery on the street since November. Detectives said the suspect had been seen "
        'outside the shop on New Year\'s Eve. "We believe he planned this for weeks," Detective Sgt. Mark Lee '
        "said on Saturday. The shop, which has stood on the street since 1985, will reopen on Tuesday.",
        date(2026, 1, 3),
        [
            ("Friday afternoon", "2026-01-02TAF"),
            ("4 p.m.", "2026-01-02T16:00"),
            ("November", "2025-11"),
            ("New Year's Eve", "2025-12-31"),
            ("weeks", "PXW"),
            ("Saturday", "2026-01-03"),
            ("1985", "1985"),
            ("Tuesday", "2026-01-06"),
        ],
    ),
    (
        "article-truce-extended-year-end-sunday",
        "DUBAI (AP) -- Negotiators from both sides agreed on Saturday to extend a truce in the region for "
        "another 30 days, the mediators said. The ceasefire first took effect on Nov. 24 and had been renewed "
        'twice. "We hope to reach a permanent deal in January," a mediator said on Saturday. Talks will '
        "resume on Wednesday in Cairo. The conflict began in 2021 and has displaced more than a million "
        "people in three years.",
        date(2023, 12, 31),
        [
            ("Saturday", "2023-12-30"),
            ("30 days", "P30D"),
            ("Nov. 24", "2023-11-24"),
            ("January", "2024-01"),
            ("Saturday", "2023-12-30"),
            ("Wednesday", "2024-01-03"),
            ("2021", "2021"),
            ("three years", "P3Y"),
        ],
    ),
    (
        "article-uk-budget-preview-march-dateline",
        "LONDON, 1 March (Reuters) - Britain's finance minister will present his budget on Wednesday, with "
        "tax cuts expected ahead of an election due later this year. Inflation fell to 4% in January, down "
        "from a peak of 11.1% in October 2022. The Bank of England held interest rates at 5.25% last month "
        'and will next meet on March 21. "We have turned the corner," the minister said in an interview on '
        "Thursday. The economy shrank in the fourth quarter of 2023, official figures published on Feb. 15 "
        "showed.",
        date(2024, 3, 1),
        [
            ("1 March", "2024-03-01"),
            ("Wednesday", "2024-03-06"),
            ("later this year", "2024"),
            ("January", "2024-01"),
            ("October 2022", "2022-10"),
            ("last month", "2024-02"),
            ("March 21", "2024-03-21"),
            ("Thursday", "2024-02-29"),
            ("the fourth quarter of 2023", "2023-Q4"),
            ("Feb. 15", "2024-02-15"),
        ],
    ),
    (
        "article-wimbledon-champion-monday",
        "LONDON (AP) -- Carla Mendez won her first Wimbledon title on Saturday, beating the defending "
        "champion in straight sets in just 71 minutes. The Spaniard had never gone past the third round at a "
        "Grand Slam before this year. She turned professional in 2019 and spent most of 2022 recovering from "
        'a wrist injury. "A year ago I was ranked 140th in the world," she said after the match. The men\'s '
        "final was played on Sunday. Mendez will return to the court in August at the Canadian Open.",
        date(2025, 7, 14),
        [
            ("Saturday", "2025-07-12"),
            ("71 minutes", "PT71M"),
            ("this year", "2025"),
            ("2019", "2019"),
            ("2022", "2022"),
            ("A year ago", "2024"),
            ("Sunday", "2025-07-13"),
            ("August", "2025-08"),
        ],
    ),
    (
        "article-supreme-court-abortion-pill",
        "WASHINGTON (Reuters) - The U.S. Supreme Court on Thursday agreed to decide whether states can ban a "
        "widely used abortion pill, taking up a case that has wound through the lower courts since 2022. The "
        "justices will hear arguments in the fall, with a ruling expected by the end of June 2026. A federal "
        "appeals court upheld the ban in January. The pill was approved by regulators 25 years ago and has "
        'been used by more than 5 million women. "We have waited three years for this," a lawyer for the '
        "challengers said on Thursday.",
        date(2025, 5, 8),
        [
            ("Thursday", "2025-05-08"),
            ("2022", "2022"),
            ("the fall", "2025-FA"),
            ("the end of June 2026", "2026-06"),
            ("January", "2025-01"),
            ("25 years ago", "2000"),
            ("three years", "P3Y"),
            ("Thursday", "2025-05-08"),
        ],
    ),
    (
        "article-carmaker-takeover-paris",
        "PARIS, Nov 5 (Reuters) - French carmaker Lumen said on Wednesday it had agreed to buy Italian rival "
        "Strada for 4.2 billion euros, in a deal expected to close in the second quarter of 2026. Talks "
        "between the two companies began in the spring, people familiar with the matter said. Lumen's shares, "
        "which have fallen by a third over the past year, rose 6% in Paris. The group reported a 30% drop in "
        "third-quarter operating profit last week. Strada was founded in 1946 and went public in 1998. Lumen "
        "will present a new strategic plan on Dec. 4.",
        date(2025, 11, 5),
        [
            ("Nov 5", "2025-11-05"),
            ("Wednesday", "2025-11-05"),
            ("the second quarter of 2026", "2026-Q2"),
            ("the spring", "2025-SP"),
            ("the past year", "P1Y"),
            ("third-quarter", "2025-Q3"),
            ("last week", "2025-W44"),
            ("1946", "1946"),
            ("1998", "1998"),
            ("Dec. 4", "2025-12-04"),
        ],
    ),
    (
        "article-bushfire-contained-year-end",
        "SYDNEY (AP) -- Firefighters brought a bushfire in the Blue Mountains under control on Tuesday after "
        "it burned for five days and destroyed 40 homes. The blaze was sparked by lightning on Christmas Day. "
        'Temperatures reached 44 C on Sunday, the hottest day on record in the area. "Last night was the '
        'first night we could sleep," a resident said on Tuesday. Authorities warned that hot, dry conditions '
        "would return next week. Bushfires in 2019 burned more than 24 million hectares.",
        date(2025, 12, 30),
        [
            ("Tuesday", "2025-12-30"),
            ("five days", "P5D"),
            ("Christmas Day", "2025-12-25"),
            ("Sunday", "2025-12-28"),
            ("Last night", "2025-12-29TNI"),
            ("Tuesday", "2025-12-30"),
            ("next week", "2026-W02"),
            ("2019", "2019"),
        ],
    ),
    (
        "article-walking-dementia-study",
        "A large study published on Friday found that adults who walked at least 7,000 steps daily had a 25% "
        "lower risk of dementia. Researchers followed 80,000 people in Britain for ten years, from 2013 to "
        '2023. Participants wore activity trackers for a week at the start of the study. "Even a 20-minute '
        'walk makes a difference," said the lead author. The team plans to publish results for younger adults '
        "next spring. An earlier study by the same group, released in 2022, looked at heart disease.",
        date(2025, 6, 14),
        [
            ("Friday", "2025-06-13"),
            ("daily", "P1D"),
            ("ten years", "P10Y"),
            ("2013", "2013"),
            ("2023", "2023"),
            ("a week", "P1W"),
            ("20-minute", "PT20M"),
            ("next spring", "2026-SP"),
            ("2022", "2022"),
        ],
    ),
    (
        "article-government-shutdown-wednesday",
        "WASHINGTON (AP) -- The U.S. government shut down at 12:01 a.m. Wednesday after Congress failed to "
        "pass a funding bill, the first shutdown since 2019. The last one lasted 35 days, the longest in the "
        "nation's history. The Senate rejected a stopgap measure on Tuesday night by 55 to 45 votes. \"We "
        'will stay here through the weekend if we have to," the Senate majority leader said on Tuesday. '
        "Lawmakers are expected to vote again on Friday. About 750,000 federal workers will be furloughed "
        "starting today.",
        date(2025, 10, 1),
        [
            ("12:01 a.m. Wednesday", "2025-10-01T00:01"),
            ("2019", "2019"),
            ("35 days", "P35D"),
            ("Tuesday night", "2025-09-30TNI"),
            ("the weekend", "2025-W40-WE"),
            ("Tuesday", "2025-09-30"),
            ("Friday", "2025-10-03"),
            ("today", "2025-10-01"),
        ],
    ),
    (
        "article-oil-prices-friday",
        "NEW YORK, March 14 (Reuters) - Oil prices rose on Friday after the U.S. reported a "
        "bigger-than-expected drop in crude stocks. Brent crude futures climbed 1.2% to $71.40 a barrel by "
        "10:30 a.m. EDT. Prices have fallen about 15% since mid-January on worries about demand. OPEC+ agreed "
        'last week to go ahead with a planned output increase in April. "The market is oversold," an analyst '
        "said. The producer group meets again on May 28.",
        date(2025, 3, 14),
        [
            ("March 14", "2025-03-14"),
            ("Friday", "2025-03-14"),
            ("10:30 a.m. EDT", "2025-03-14T10:30"),
            ("mid-January", "2025-01"),
            ("last week", "2025-W10"),
            ("April", "2025-04"),
            ("May 28", "2025-05-28"),
        ],
    ),
    (
        "article-leeds-murder-verdict",
        "A man has been found guilty of murdering a delivery driver in Leeds last winter. Jurors at Leeds "
        "Crown Court deliberated for nine hours before returning their verdict on Monday. The victim, 34, was "
        "stabbed on the evening of 12 February and died in hospital two days later. The defendant fled to "
        'Spain on 13 February and was arrested there in April. "He has shown no remorse," the victim\'s '
        "sister said outside court. He will be sentenced on 19 December.",
        date(2025, 11, 25),
        [
            ("last winter", "2024-WI"),
            ("nine hours", "PT9H"),
            ("Monday", "2025-11-24"),
            ("the evening of 12 February", "2025-02-12TEV"),
            ("two days later", "2025-02-14"),
            ("13 February", "2025-02-13"),
            ("April", "2025-04"),
            ("19 December", "2025-12-19"),
        ],
    ),
    (
        "article-lunar-lander-sunday",
        "CAPE CANAVERAL, Fla. (AP) -- A private lunar lander touched down near the moon's south pole on "
        "Sunday, nine days after it blasted off from Florida. The spacecraft will operate for about two "
        "weeks, until the sun sets over the landing site. Its predecessor tipped over on landing in February "
        '2024 and shut down within a week. "Tonight we are celebrating," the company\'s chief executive said '
        "on Sunday. NASA paid $118 million for the mission. The next flight is planned for 2026.",
        date(2025, 6, 15),
        [
            ("Sunday", "2025-06-15"),
            ("nine days", "P9D"),
            ("about two weeks", "P2W"),
            ("February 2024", "2024-02"),
            ("a week", "P1W"),
            ("Tonight", "2025-06-15TNI"),
            ("Sunday", "2025-06-15"),
            ("2026", "2026"),
        ],
    ),
    (
        "article-school-reopens-after-fire",
        "Students at Lincoln High School returned to class on Tuesday, two years after a fire destroyed most "
        "of the building. The new $60 million campus was finished in July, three months behind schedule. "
        "Principal Dana Kim said on Tuesday that the move had gone smoothly. Lessons now start 40 minutes "
        "later than last year. Classes were held in portable buildings for almost two years. A formal opening "
        "ceremony will take place on Sept. 12.",
        date(2025, 8, 27),
        [
            ("Tuesday", "2025-08-26"),
            ("two years", "P2Y"),
            ("July", "2025-07"),
            ("three months", "P3M"),
            ("Tuesday", "2025-08-26"),
            ("now", "PRESENT_REF"),
            ("40 minutes", "PT40M"),
            ("last year", "2024"),
            ("almost two years", "P2Y"),
            ("Sept. 12", "2025-09-12"),
        ],
    ),
    (
        "article-central-bank-governor-beirut",
        "BEIRUT (AP) -- Lebanon's parliament elected a new central bank governor on Friday, filling a post "
        "that had been vacant for more than a year. The previous governor left office in July 2023 and was "
        "arrested the following year on charges of embezzlement. His trial opened in October and is due to "
        "resume on March 10. The country's banking system collapsed in 2019, and depositors are still unable "
        "to withdraw their savings. The International Monetary Fund said in a statement on Friday that it "
        "would send a team to Beirut next month.",
        date(2025, 2, 28),
        [
            ("Friday", "2025-02-28"),
            ("more than a year", "P1Y"),
            ("July 2023", "2023-07"),
            ("the following year", "2024"),
            ("October", "2024-10"),
            ("March 10", "2025-03-10"),
            ("2019", "2019"),
            ("Friday", "2025-02-28"),
            ("next month", "2025-03"),
        ],
    ),
    (
        "article-manager-sacked-sunday",
        "Chelsea sacked manager Tom Ward on Saturday night, shortly after a 4-0 defeat at Newcastle left the "
        "club ninth in the table. Ward, who was appointed in June 2024 on a five-year contract, won only four "
        "of his last 15 matches. First-team coach Sam Bell will take charge of the team against Fulham on "
        'Wednesday. "The last few weeks have been very difficult," Ward said in a statement on Sunday. The '
        "club hopes to name a permanent successor before Christmas. Ward's predecessor lasted just 18 "
        "months.",
        date(2025, 11, 30),
        [
            ("Saturday night", "2025-11-29TNI"),
            ("June 2024", "2024-06"),
            ("five-year", "P5Y"),
            ("Wednesday", "2025-12-03"),
            ("The last few weeks", "PXW"),
            ("Sunday", "2025-11-30"),
            ("Christmas", "2025-12-25"),
            ("18 months", "P18M"),
        ],
    ),
    (
        "article-bank-fourth-quarter-january",
        "Regional lender First Harbor Bank said on Friday that fourth-quarter profit doubled from a year "
        "earlier as fewer borrowers defaulted. Net income rose to $310 million in the quarter. For 2024 as a "
        "whole, profit rose 18%. The bank set aside $40 million for bad loans in the quarter, compared with "
        "$95 million in the third quarter. Chief executive Mary Ortiz, who joined the bank in 2016, said she "
        "expected loan growth to pick up in the second half of 2025. The bank will hold its shareholder "
        "meeting on April 24.",
        date(2025, 1, 17),
        [
            ("Friday", "2025-01-17"),
            ("fourth-quarter", "2024-Q4"),
            ("a year earlier", "2023-Q4"),
            ("the quarter", "2024-Q4"),
            ("2024", "2024"),
            ("the quarter", "2024-Q4"),
            ("the third quarter", "2024-Q3"),
            ("2016", "2016"),
            ("the second half of 2025", "2025-H2"),
            ("April 24", "2025-04-24"),
        ],
    ),
    (
        "article-tbilisi-protests-tuesday",
        "TBILISI, Georgia (AP) -- Police fired tear gas at protesters outside parliament on Monday night. The "
        "protests began in November, when the government suspended talks on joining the European Union. "
        "Protesters have gathered outside parliament every day since. More than 400 people have been detained "
        'in the past five months. "We will not go home until there are new elections," a student told '
        "reporters on Monday. Parliament is due to debate a new protest law on Thursday.",
        date(2025, 4, 8),
        [
            ("Monday night", "2025-04-07TNI"),
            ("November", "2024-11"),
            ("every day", "P1D"),
            ("the past five months", "P5M"),
            ("Monday", "2025-04-07"),
            ("Thursday", "2025-04-10"),
        ],
    ),
    (
        "article-consumer-prices-december",
        "WASHINGTON, Dec. 10 (Reuters) - U.S. consumer prices rose 0.3% in November, the Labor Department "
        "said on Wednesday, keeping pressure on the Federal Reserve as it meets this week. Prices were 2.9% "
        "higher than in November 2024. Inflation peaked at 9.1% in June 2022, its highest level in four "
        "decades. The Fed has cut rates by a total of 1.5 points since September 2024. Policymakers will "
        "announce their decision at 2 p.m. on Wednesday. Economists expect one more cut in the first half of "
        "next year.",
        date(2025, 12, 10),
        [
            ("Dec. 10", "2025-12-10"),
            ("November", "2025-11"),
            ("Wednesday", "2025-12-10"),
            ("this week", "2025-W50"),
            ("November 2024", "2024-11"),
            ("June 2022", "2022-06"),
            ("four decades", "P40Y"),
            ("September 2024", "2024-09"),
            ("2 p.m. on Wednesday", "2025-12-10T14:00"),
            ("the first half of next year", "2026-H1"),
        ],
    ),
    (
        "article-rail-strike-monday",
        "PARIS -- Rail workers across France will strike for 48 hours starting Wednesday, unions said on "
        "Monday, in a dispute over pay. Only one in three high-speed trains is expected to run on Wednesday "
        "and Thursday. The last national rail strike, in December 2023, cost the operator about 100 million "
        'euros. Talks with management broke down on Friday after three weeks of negotiations. "They ignored '
        'our demands all through February," a union leader said on Monday. The transport minister will meet '
        "union leaders tomorrow.",
        date(2025, 3, 3),
        [
            ("48 hours", "PT48H"),
            ("Wednesday", "2025-03-05"),
            ("Monday", "2025-03-03"),
            ("Wednesday", "2025-03-05"),
            ("Thursday", "2025-03-06"),
            ("December 2023", "2023-12"),
            ("Friday", "2025-02-28"),
            ("three weeks", "P3W"),
            ("February", "2025-02"),
            ("Monday", "2025-03-03"),
            ("tomorrow", "2025-03-04"),
        ],
    ),
    (
        "article-shipwreck-kythira",
        "ATHENS, Greece (AP) -- Archaeologists have found the wreck of an ancient merchant ship off the "
        "island of Kythira, the culture ministry said on Thursday. Divers first spotted the wreck in 2023, "
        'but excavation only began in May. Over the summer, the team raised more than 300 clay jars. "We '
        'worked for twelve weeks and the sea stayed calm," the dive leader said. Work will resume next year.',
        date(2025, 9, 11),
        [
            ("Thursday", "2025-09-11"),
            ("2023", "2023"),
            ("May", "2025-05"),
            ("the summer", "2025-SU"),
            ("twelve weeks", "P12W"),
            ("next year", "2026"),
        ],
    ),
    (
        "article-jazz-pianist-obituary",
        "Jazz pianist Ella Martin, who recorded more than 40 albums over six decades, died on Tuesday at her "
        "home in New Orleans. She was 91. Born in 1933, she began playing in clubs as a teenager and made her "
        "first record in 1955. A decade later she was touring Europe with her own trio. She stopped "
        "performing in 2018 after a fall, but she continued to teach twice a week until last spring. A "
        "memorial concert will be held on Jan. 12.",
        date(2025, 1, 1),
        [
            ("six decades", "P60Y"),
            ("Tuesday", "2024-12-31"),
            ("1933", "1933"),
            ("1955", "1955"),
            ("A decade later", "1965"),
            ("2018", "2018"),
            ("twice a week", "P1W"),
            ("last spring", "2024-SP"),
            ("Jan. 12", "2025-01-12"),
        ],
    ),
    (
        "article-recycling-plant-fire",
        "A fire that broke out at a recycling plant in Millbrook late on Wednesday was finally put out on "
        "Thursday, the fire service said on Friday. More than 60 firefighters fought the blaze at its height. "
        "Residents were told to keep their windows closed for 24 hours. The plant was fined in March 2021 for "
        "storing too much waste on site. Two months later, a second fire damaged the same building. The "
        "council will decide next month whether to revoke the plant's licence.",
        date(2025, 5, 30),
        [
            ("Wednesday", "2025-05-28"),
            ("Thursday", "2025-05-29"),
            ("Friday", "2025-05-30"),
            ("24 hours", "PT24H"),
            ("March 2021", "2021-03"),
            ("Two months later", "2021-05"),
            ("next month", "2025-06"),
        ],
    ),
    # --- a seventh held-out batch: everyday phrases of time, written blind ---
    (
        "phrase-over-weekend-year-boundary",
        "Flights were cancelled over the weekend.",
        date(2024, 12, 30),
        [("the weekend", "2024-W52-WE")],
    ),
    (
        "phrase-at-weekend-thursday-past",
        "Two men were arrested at the weekend.",
        date(2025, 1, 2),
        [("the weekend", "2024-W52-WE")],
    ),
    (
        "phrase-this-weekend-wednesday-forecast",
        "Snow is expected this weekend.",
        date(2025, 4, 16),
        [("this weekend", "2025-W16-WE")],
    ),
    (
        "phrase-this-weekend-saturday-timetable",
        "The Christmas market opens this weekend.",
        date(2025, 12, 20),
        [("this weekend", "2025-W51-WE")],
    ),
    (
        "phrase-this-weekend-sunday-past",
        "Thousands marched through the capital this weekend.",
        date(2025, 12, 21),
        [("this weekend", "2025-W51-WE")],
    ),
    (
        "phrase-last-weekend-thursday",
        "The club was burgled last weekend.",
        date(2025, 11, 27),
        [("last weekend", "2025-W47-WE")],
    ),
    (
        "phrase-last-weekend-monday",
        "Turnout was low last weekend.",
        date(2025, 11, 24),
        [("last weekend", "2025-W47-WE")],
    ),
    (
        "phrase-last-weekend-new-year",
        "Snow fell across the north last weekend.",
        date(2026, 1, 5),
        [("last weekend", "2026-W01-WE")],
    ),
    (
        "phrase-next-weekend-tuesday",
        "The festival returns next weekend.",
        date(2025, 5, 27),
        [("next weekend", "2025-W23-WE")],
    ),
    (
        "phrase-over-weekend-future-friday",
        "The museum will stay open late over the weekend.",
        date(2025, 5, 23),
        [("the weekend", "2025-W21-WE")],
    ),
    (
        "phrase-weekend-possessive",
        "The weekend's fighting left 12 dead.",
        date(2025, 11, 24),
        [("The weekend", "2025-W47-WE")],
    ),
    (
        "phrase-long-weekend-future",
        "Traffic will be heavy over the long weekend.",
        date(2025, 8, 29),
        [("the long weekend", "2025-W35-WE")],
    ),
    (
        "phrase-weekend-before-narrative",
        "The vote was held on 14 March. The weekend before, both leaders toured the north.",
        date(2025, 3, 20),
        [("14 March", "2025-03-14"), ("The weekend before", "2025-W10-WE")],
    ),
    (
        "phrase-weekend-after-narrative",
        "The strike began on 2 June. The weekend after, talks resumed.",
        date(2025, 6, 30),
        [("2 June", "2025-06-02"), ("The weekend after", "2025-W23-WE")],
    ),
    (
        "phrase-quote-over-weekend-said-thursday",
        '"We will decide over the weekend," she said on Thursday.',
        date(2025, 11, 24),
        [("the weekend", "2025-W47-WE"), ("Thursday", "2025-11-20")],
    ),
    (
        "phrase-every-weekend",
        "Traders fill the square every weekend.",
        date(2025, 9, 3),
        [("every weekend", "XXXX-WXX-WE")],
    ),
    (
        "phrase-weekends-plural",
        "The pool now opens on weekends.",
        date(2025, 9, 3),
        [("now", "PRESENT_REF"), ("weekends", "XXXX-WXX-WE")],
    ),
    ("phrase-weekend-magazine-trap", "The interview first appeared in the FT Weekend magazine.", date(2025, 9, 3), []),
    ("phrase-midweek", "The rain will clear by midweek.", date(2025, 11, 24), [("midweek", "2025-W48")]),
    (
        "phrase-start-of-the-week",
        "Markets fell at the start of the week.",
        date(2025, 10, 31),
        [("the start of the week", "2025-W44")],
    ),
    (
        "phrase-end-of-the-week",
        "A decision is due by the end of the week.",
        date(2025, 3, 12),
        [("the end of the week", "2025-W11")],
    ),
    (
        "phrase-later-this-week",
        "The report is due later this week.",
        date(2025, 9, 3),
        [("later this week", "2025-W36")],
    ),
    (
        "phrase-start-of-the-year",
        "Prices have risen 4% since the start of the year.",
        date(2025, 6, 30),
        [("the start of the year", "2025")],
    ),
    (
        "phrase-beginning-of-the-month",
        "The new tariffs took effect at the beginning of the month.",
        date(2025, 3, 12),
        [("the beginning of the month", "2025-03")],
    ),
    (
        "phrase-end-of-month-january",
        "The scheme closes at the end of the month.",
        date(2025, 1, 2),
        [("the end of the month", "2025-01")],
    ),
    (
        "phrase-end-of-next-month",
        "Ministers will publish the plan by the end of next month.",
        date(2025, 12, 20),
        [("the end of next month", "2026-01")],
    ),
    (
        "phrase-end-of-last-year",
        "Debt peaked at the end of last year.",
        date(2025, 1, 2),
        [("the end of last year", "2024")],
    ),
    ("phrase-mid-month", "Pay rises will arrive mid-month.", date(2025, 3, 12), [("mid-month", "2025-03")]),
    ("phrase-by-year-end", "The bank plans to cut 500 jobs by year-end.", date(2025, 6, 30), [("year-end", "2025")]),
    ("phrase-by-year-end-december", "The deal should close by year-end.", date(2025, 12, 20), [("year-end", "2025")]),
    (
        "phrase-start-of-next-year",
        "The rules will apply from the start of next year.",
        date(2025, 10, 31),
        [("the start of next year", "2026")],
    ),
    ("phrase-end-of-the-day-trap", "At the end of the day, voters want lower bills.", date(2025, 9, 3), []),
    (
        "phrase-so-far-this-month",
        "Rainfall so far this month is double the average.",
        date(2025, 10, 31),
        [("this month", "2025-10")],
    ),
    (
        "phrase-so-far-this-year-january",
        "So far this year, three ferries have been cancelled.",
        date(2025, 1, 2),
        [("this year", "2025")],
    ),
    (
        "phrase-early-next-month",
        "The report will be published early next month.",
        date(2025, 11, 27),
        [("early next month", "2025-12")],
    ),
    ("phrase-late-this-month", "Parliament rises late this month.", date(2025, 7, 8), [("late this month", "2025-07")]),
    (
        "phrase-first-half-of-year",
        "Sales fell in the first half of the year.",
        date(2025, 7, 24),
        [("the first half of the year", "2025-H1")],
    ),
    ("phrase-by-mid-year", "The review is due by mid-year.", date(2025, 1, 2), [("mid-year", "2025")]),
    (
        "phrase-earlier-this-year-jan2",
        "The firm cut its forecast earlier this year.",
        date(2025, 1, 2),
        [("earlier this year", "2025")],
    ),
    ("phrase-last-month-new-years-day", "Unemployment rose last month.", date(2026, 1, 1), [("last month", "2025-12")]),
    (
        "phrase-this-month-december",
        "Stores will hire 2,000 seasonal staff this month.",
        date(2025, 12, 20),
        [("this month", "2025-12")],
    ),
    ("phrase-next-year-nye", "The levy will double next year.", date(2025, 12, 31), [("next year", "2026")]),
    ("phrase-last-year-new-years-day", "Sales rose 5% last year.", date(2026, 1, 1), [("last year", "2025")]),
    ("phrase-the-new-year", "Council tax will rise in the new year.", date(2025, 12, 20), [("the new year", "2026")]),
    (
        "phrase-coming-days-year-end",
        "More storms are forecast in the coming days.",
        date(2025, 12, 29),
        [("the coming days", "FUTURE_REF")],
    ),
    (
        "phrase-coming-weeks",
        "The ministry will set out details over the coming weeks.",
        date(2025, 9, 3),
        [("the coming weeks", "FUTURE_REF")],
    ),
    (
        "phrase-next-few-days",
        "Talks will continue in the next few days.",
        date(2025, 9, 3),
        [("the next few days", "PXD")],
    ),
    ("phrase-within-days", "The ban could be lifted within days.", date(2025, 9, 3), [("days", "PXD")]),
    ("phrase-within-hours", "The rebels had seized the airport within hours.", date(2025, 9, 3), [("hours", "PTXH")]),
    (
        "phrase-in-two-weeks-time",
        "The inquiry will report in two weeks' time.",
        date(2025, 9, 3),
        [("two weeks", "P2W")],
    ),
    ("phrase-in-a-fortnight", "The results are due in a fortnight.", date(2025, 9, 3), [("a fortnight", "P2W")]),
    (
        "phrase-a-week-from-today",
        "The new timetable starts a week from today.",
        date(2025, 9, 3),
        [("a week from today", "2025-09-10")],
    ),
    (
        "phrase-a-week-on-monday",
        "The trial resumes a week on Monday.",
        date(2025, 9, 3),
        [("a week on Monday", "2025-09-15")],
    ),
    ("phrase-monday-week", "The consultation closes Monday week.", date(2025, 9, 3), [("Monday week", "2025-09-15")]),
    (
        "phrase-later-today-nye",
        "The results will be announced later today.",
        date(2025, 12, 31),
        [("later today", "2025-12-31")],
    ),
    (
        "phrase-earlier-today-new-year",
        "Earlier today, a lorry overturned on the M6.",
        date(2026, 1, 1),
        [("Earlier today", "2026-01-01")],
    ),
    (
        "phrase-tomorrow-night-nye",
        "The comet will be visible tomorrow night.",
        date(2025, 12, 31),
        [("tomorrow night", "2026-01-01TNI")],
    ),
    (
        "phrase-tomorrow-morning-nye",
        "Voting begins tomorrow morning.",
        date(2025, 12, 31),
        [("tomorrow morning", "2026-01-01TMO")],
    ),
    (
        "phrase-last-night-new-year",
        "Fireworks lit up the city last night.",
        date(2026, 1, 1),
        [("last night", "2025-12-31TNI")],
    ),
    (
        "phrase-day-before-yesterday-new-year",
        "The ferry sank the day before yesterday.",
        date(2026, 1, 1),
        [("the day before yesterday", "2025-12-30")],
    ),
    (
        "phrase-day-after-tomorrow-new-year",
        "Schools reopen the day after tomorrow.",
        date(2025, 12, 30),
        [("the day after tomorrow", "2026-01-01")],
    ),
    (
        "phrase-yesterday-morning-jan2",
        "Police raided the flat yesterday morning.",
        date(2025, 1, 2),
        [("yesterday morning", "2025-01-01TMO")],
    ),
    (
        "phrase-this-afternoon",
        "The minister will visit the site this afternoon.",
        date(2025, 9, 3),
        [("this afternoon", "2025-09-03TAF")],
    ),
    ("phrase-tonight-clocks", "The clocks go back tonight.", date(2025, 10, 25), [("tonight", "2025-10-25TNI")]),
    ("phrase-recently", "The council recently raised parking fees.", date(2025, 9, 3), [("recently", "PAST_REF")]),
    ("phrase-until-recently", "Until recently, the site was a car park.", date(2025, 9, 3), [("recently", "PAST_REF")]),
    ("phrase-recent-days", "Fighting has intensified in recent days.", date(2025, 9, 3), [("recent days", "PAST_REF")]),
    ("phrase-the-other-day", "He visited the site the other day.", date(2025, 9, 3), [("the other day", "PAST_REF")]),
    (
        "phrase-past-few-days",
        "Prices have jumped in the past few days.",
        date(2025, 9, 3),
        [("the past few days", "PXD")],
    ),
    ("phrase-past-week", "Over the past week, 300 homes were flooded.", date(2025, 9, 3), [("the past week", "P1W")]),
    (
        "phrase-last-24-hours",
        "Police made 40 arrests in the last 24 hours.",
        date(2025, 9, 3),
        [("the last 24 hours", "PT24H")],
    ),
    (
        "phrase-a-year-ago-today",
        "A year ago today, the bridge collapsed.",
        date(2025, 11, 24),
        [("A year ago today", "2024-11-24")],
    ),
    (
        "phrase-two-weeks-ago-new-year",
        "The plant closed two weeks ago.",
        date(2025, 1, 2),
        [("two weeks ago", "2024-W51")],
    ),
    (
        "phrase-three-days-ago-new-year",
        "The pipe burst three days ago.",
        date(2026, 1, 1),
        [("three days ago", "2025-12-29")],
    ),
    ("phrase-next-week-christmas-eve", "Talks will resume next week.", date(2025, 12, 24), [("next week", "2026-W01")]),
    ("phrase-last-week-year-boundary", "Sales jumped last week.", date(2024, 12, 30), [("last week", "2024-W52")]),
    (
        "phrase-this-week-year-boundary",
        "Markets are closed for two days this week.",
        date(2024, 12, 30),
        [("two days", "P2D"), ("this week", "2025-W01")],
    ),
    ("phrase-this-week-nye", "Most offices are shut this week.", date(2025, 12, 31), [("this week", "2026-W01")]),
    (
        "phrase-thanksgiving-future",
        "Millions will travel for Thanksgiving.",
        date(2025, 11, 24),
        [("Thanksgiving", "2025-11-27")],
    ),
    (
        "phrase-thanksgiving-past",
        "The parade drew record crowds on Thanksgiving.",
        date(2025, 11, 28),
        [("Thanksgiving", "2025-11-27")],
    ),
    (
        "phrase-thanksgiving-on-the-day",
        "Food banks served 9,000 meals today.",
        date(2025, 11, 27),
        [("today", "2025-11-27")],
    ),
    (
        "phrase-black-friday",
        "Retailers slashed prices on Black Friday.",
        date(2025, 12, 1),
        [("Black Friday", "2025-11-28")],
    ),
    (
        "phrase-christmas-eve-future",
        "The shop will close early on Christmas Eve.",
        date(2025, 12, 20),
        [("Christmas Eve", "2025-12-24")],
    ),
    (
        "phrase-christmas-day-past",
        "Three people were injured on Christmas Day.",
        date(2025, 12, 29),
        [("Christmas Day", "2025-12-25")],
    ),
    ("phrase-over-christmas", "Hospitals were busy over Christmas.", date(2026, 1, 5), [("Christmas", "2025-12-25")]),
    ("phrase-boxing-day", "The sales begin on Boxing Day.", date(2025, 12, 20), [("Boxing Day", "2025-12-26")]),
    (
        "phrase-new-years-day-past",
        "The law came into force on New Year's Day.",
        date(2026, 1, 5),
        [("New Year's Day", "2026-01-01")],
    ),
    (
        "phrase-new-years-eve-future",
        "Crowds will gather on New Year's Eve.",
        date(2025, 12, 20),
        [("New Year's Eve", "2025-12-31")],
    ),
    (
        "phrase-christmas-eve-past-new-year",
        "Storms hit the coast on Christmas Eve.",
        date(2026, 1, 2),
        [("Christmas Eve", "2025-12-24")],
    ),
    (
        "phrase-last-christmas",
        "Sales were weaker last Christmas.",
        date(2025, 11, 27),
        [("last Christmas", "2024-12-25")],
    ),
    (
        "phrase-easter-sunday-future",
        "The cathedral expects 5,000 worshippers on Easter Sunday.",
        date(2025, 4, 16),
        [("Easter Sunday", "2025-04-20")],
    ),
    (
        "phrase-easter-weekend-past",
        "Roads were busy over the Easter weekend.",
        date(2025, 4, 22),
        [("the Easter weekend", "2025-W16-WE")],
    ),
    (
        "phrase-good-friday-past",
        "The ferries did not sail on Good Friday.",
        date(2025, 4, 22),
        [("Good Friday", "2025-04-18")],
    ),
    ("phrase-next-easter", "The abbey will reopen next Easter.", date(2025, 10, 31), [("next Easter", "2026-04-05")]),
    (
        "phrase-memorial-day-weekend",
        "Gas prices climbed ahead of Memorial Day weekend.",
        date(2025, 5, 23),
        [("Memorial Day weekend", "2025-W21-WE")],
    ),
    (
        "phrase-memorial-day-past",
        "Veterans laid wreaths on Memorial Day.",
        date(2025, 5, 27),
        [("Memorial Day", "2025-05-26")],
    ),
    (
        "phrase-labor-day-future",
        "The town pool closes after Labor Day.",
        date(2025, 8, 29),
        [("Labor Day", "2025-09-01")],
    ),
    (
        "phrase-labor-day-weekend-past",
        "Three people drowned over Labor Day weekend.",
        date(2025, 9, 3),
        [("Labor Day weekend", "2025-W35-WE")],
    ),
    (
        "phrase-halloween-future",
        "Police expect trouble on Halloween.",
        date(2025, 10, 28),
        [("Halloween", "2025-10-31")],
    ),
    (
        "phrase-christmas-tree-trap",
        "The Christmas tree arrived from Norway on Tuesday.",
        date(2025, 12, 4),
        [("Tuesday", "2025-12-02")],
    ),
    (
        "phrase-christmas-carol-trap",
        "A Christmas Carol opens at the Old Vic on Friday.",
        date(2025, 11, 24),
        [("Friday", "2025-11-28")],
    ),
    ("phrase-easter-egg-trap", "Developers hid an Easter egg in the game.", date(2025, 9, 3), []),
    (
        "phrase-good-friday-agreement-trap",
        "The Good Friday Agreement was signed in 1998.",
        date(2025, 4, 10),
        [("1998", "1998")],
    ),
    ("phrase-sunday-school-trap", "She taught Sunday school for 40 years.", date(2025, 9, 3), [("40 years", "P40Y")]),
    ("phrase-for-hours", "Passengers were stuck on the train for hours.", date(2025, 9, 3), [("hours", "PTXH")]),
    ("phrase-for-weeks", "The strike dragged on for weeks.", date(2025, 9, 3), [("weeks", "PXW")]),
    ("phrase-for-years", "The site had lain empty for years.", date(2025, 9, 3), [("years", "PXY")]),
    ("phrase-36-hours", "The outage lasted 36 hours.", date(2025, 9, 3), [("36 hours", "PT36H")]),
    ("phrase-half-an-hour", "The meeting lasted half an hour.", date(2025, 9, 3), [("half an hour", "PT30M")]),
    ("phrase-round-the-clock-trap", "Police are providing round-the-clock protection.", date(2025, 9, 3), []),
    ("phrase-24-7-trap", "The helpline is staffed 24/7.", date(2025, 9, 3), []),
    ("phrase-24-7-adjective-trap", "He launched a 24/7 news channel in 2019.", date(2025, 9, 3), [("2019", "2019")]),
    ("phrase-day-to-day-trap", "She will hand over the day-to-day running of the firm.", date(2025, 9, 3), []),
    ("phrase-twice-a-year", "The committee meets twice a year.", date(2025, 9, 3), [("twice a year", "P1Y")]),
    (
        "phrase-three-times-a-day",
        "Patients take the drug three times a day.",
        date(2025, 9, 3),
        [("three times a day", "P1D")],
    ),
    ("phrase-every-other-day", "The bins are emptied every other day.", date(2025, 9, 3), [("every other day", "P2D")]),
    (
        "phrase-each-morning",
        "Each morning, volunteers hand out bread.",
        date(2025, 9, 3),
        [("Each morning", "XXXX-XX-XXTMO")],
    ),
    ("phrase-every-year", "The festival is held every year.", date(2025, 9, 3), [("every year", "P1Y")]),
    (
        "phrase-monthly-newsletter",
        "The council publishes a monthly newsletter.",
        date(2025, 9, 3),
        [("monthly", "P1M")],
    ),
    (
        "phrase-every-monday-evening",
        "Bingo is held every Monday evening.",
        date(2025, 9, 3),
        [("every Monday evening", "XXXX-WXX-1TEV")],
    ),
    (
        "phrase-currently",
        "The museum is currently closed for repairs.",
        date(2025, 9, 3),
        [("currently", "PRESENT_REF")],
    ),
    ("phrase-in-the-future", "The plant may reopen in the future.", date(2025, 9, 3), [("the future", "FUTURE_REF")]),
    (
        "phrase-near-future",
        "Prices will fall in the near future.",
        date(2025, 9, 3),
        [("the near future", "FUTURE_REF")],
    ),
    ("phrase-in-the-past", "The club has struggled in the past.", date(2025, 9, 3), [("the past", "PAST_REF")]),
    ("phrase-nowadays", "Nowadays few people write letters.", date(2025, 9, 3), [("Nowadays", "PRESENT_REF")]),
    (
        "phrase-these-days",
        "These days the factory employs 40 people.",
        date(2025, 9, 3),
        [("These days", "PRESENT_REF")],
    ),
    ("phrase-for-now", "The road will stay closed for now.", date(2025, 9, 3), [("now", "PRESENT_REF")]),
    ("phrase-soon", "A decision is expected soon.", date(2025, 9, 3), [("soon", "FUTURE_REF")]),
    (
        "phrase-former-trap",
        "The former minister was arrested on Friday.",
        date(2025, 11, 24),
        [("Friday", "2025-11-21")],
    ),
    (
        "phrase-formerly-trap",
        "The stadium, formerly known as the Dome, reopened on Saturday.",
        date(2025, 11, 24),
        [("Saturday", "2025-11-22")],
    ),
    ("phrase-then-trap", "Police then sealed off the street.", date(2025, 9, 3), []),
    ("phrase-the-then-trap", "The then prime minister resigned in 2019.", date(2025, 9, 3), [("2019", "2019")]),
    (
        "phrase-until-then-trap",
        "The office opens in March; until then, staff work from home.",
        date(2025, 1, 2),
        [("March", "2025-03")],
    ),
    ("phrase-once-trap", "He once ran a bakery.", date(2025, 9, 3), []),
    ("phrase-in-time-trap", "The ambulance arrived just in time.", date(2025, 9, 3), []),
    ("phrase-time-off-trap", "Nurses were denied time off.", date(2025, 9, 3), []),
    (
        "quote-speaker-saturday-said-thursday",
        '"We will meet on Saturday," she said on Thursday.',
        date(2025, 11, 24),
        [("Saturday", "2025-11-22"), ("Thursday", "2025-11-20")],
    ),
    (
        "quote-speaker-was-there-saturday",
        '"I was there on Saturday," he said on Monday.',
        date(2025, 11, 26),
        [("Saturday", "2025-11-22"), ("Monday", "2025-11-24")],
    ),
    ("sport-take-on-sunday", "Arsenal take on Chelsea on Sunday.", date(2024, 5, 27), [("Sunday", "2024-06-02")]),
    ("politics-hosts-thursday", "Biden hosts Macron on Thursday.", date(2024, 5, 27), [("Thursday", "2024-05-30")]),
    (
        "politics-faces-criticism-monday",
        "The minister faces criticism over remarks on Monday.",
        date(2024, 5, 29),
        [("Monday", "2024-05-27")],
    ),
    # --- an eighth held-out batch: days and times of a story, written blind ---
    (
        "story-late-on-tuesday",
        "The council approved the budget late on Tuesday.",
        date(2024, 10, 2),
        [("Tuesday", "2024-10-01")],
    ),
    (
        "story-late-tuesday-no-on",
        "Negotiators reached a deal late Tuesday, two officials said.",
        date(2024, 10, 2),
        [("Tuesday", "2024-10-01")],
    ),
    (
        "story-early-wednesday-same-day",
        "A fire broke out at the depot early Wednesday.",
        date(2024, 10, 2),
        [("Wednesday", "2024-10-02")],
    ),
    (
        "story-early-on-wednesday-future",
        "The strike will begin early on Wednesday.",
        date(2025, 6, 17),
        [("Wednesday", "2025-06-18")],
    ),
    (
        "story-tuesday-evening-past",
        "The minister resigned on Tuesday evening.",
        date(2024, 10, 2),
        [("Tuesday evening", "2024-10-01TEV")],
    ),
    (
        "story-saturday-night-monday-paper",
        "Rioters torched cars on Saturday night.",
        date(2025, 3, 10),
        [("Saturday night", "2025-03-08TNI")],
    ),
    (
        "story-sunday-night-future",
        "The band will play on Sunday night.",
        date(2025, 11, 14),
        [("Sunday night", "2025-11-16TNI")],
    ),
    (
        "story-friday-afternoon-monday-paper",
        "Police closed the road on Friday afternoon.",
        date(2025, 3, 10),
        [("Friday afternoon", "2025-03-07TAF")],
    ),
    (
        "story-sunday-morning-monday-paper",
        "The roof collapsed on Sunday morning, injuring two people.",
        date(2025, 3, 10),
        [("Sunday morning", "2025-03-09TMO")],
    ),
    (
        "story-early-wednesday-morning-new-year",
        "Gunmen attacked a checkpoint early Wednesday morning.",
        date(2025, 1, 2),
        [("Wednesday morning", "2025-01-01TMO")],
    ),
    (
        "story-late-on-friday-night",
        "The talks broke down late on Friday night.",
        date(2026, 2, 28),
        [("Friday night", "2026-02-27TNI")],
    ),
    (
        "story-late-thursday-leap-day",
        "The board met late Thursday to discuss the bid.",
        date(2024, 3, 1),
        [("Thursday", "2024-02-29")],
    ),
    (
        "story-tuesday-night-new-years-eve",
        "Fireworks were set off across the city on Tuesday night.",
        date(2025, 1, 2),
        [("Tuesday night", "2024-12-31TNI")],
    ),
    (
        "story-wednesday-afternoon-will",
        "The minister will announce the plan on Wednesday afternoon.",
        date(2025, 6, 17),
        [("Wednesday afternoon", "2025-06-18TAF")],
    ),
    (
        "story-thursday-evening-expected",
        "Heavy rain is expected to reach the capital on Thursday evening.",
        date(2025, 6, 17),
        [("Thursday evening", "2025-06-19TEV")],
    ),
    (
        "story-early-saturday-sunday-paper",
        "Two men were arrested early Saturday after a chase.",
        date(2025, 8, 31),
        [("Saturday", "2025-08-30")],
    ),
    (
        "story-late-on-sunday-monday-paper",
        "The team arrived home late on Sunday.",
        date(2025, 3, 10),
        [("Sunday", "2025-03-09")],
    ),
    (
        "story-late-friday-monday-paper",
        "The company confirmed the layoffs late Friday.",
        date(2025, 3, 10),
        [("Friday", "2025-03-07")],
    ),
    (
        "story-tuesday-evening-timetable",
        "The committee meets on Tuesday evening.",
        date(2025, 3, 10),
        [("Tuesday evening", "2025-03-11TEV")],
    ),
    (
        "story-late-wednesday-night-expected",
        "The storm is expected to make landfall late Wednesday night.",
        date(2025, 6, 17),
        [("Wednesday night", "2025-06-18TNI")],
    ),
    (
        "story-friday-morning-friday-paper",
        "Shares fell sharply on Friday morning.",
        date(2025, 11, 14),
        [("Friday morning", "2025-11-14TMO")],
    ),
    (
        "story-thursday-afternoon-leap",
        "The Senate voted on Thursday afternoon.",
        date(2024, 3, 1),
        [("Thursday afternoon", "2024-02-29TAF")],
    ),
    (
        "story-late-on-saturday-sunday-paper",
        "The ferry sank late on Saturday.",
        date(2025, 8, 31),
        [("Saturday", "2025-08-30")],
    ),
    (
        "story-early-on-monday-tuesday-paper",
        "The prisoner was freed early on Monday.",
        date(2025, 6, 17),
        [("Monday", "2025-06-16")],
    ),
    (
        "story-early-sunday-monday-paper",
        "Gunfire erupted early Sunday near the palace.",
        date(2025, 3, 10),
        [("Sunday", "2025-03-09")],
    ),
    (
        "story-monday-morning-timetable",
        "The summit opens on Monday morning.",
        date(2026, 2, 28),
        [("Monday morning", "2026-03-02TMO")],
    ),
    (
        "story-overnight-said-monday-tuesday-paper",
        "Rebels shelled the airport overnight, the army said on Monday.",
        date(2025, 6, 17),
        [("overnight", "2025-06-15TNI"), ("Monday", "2025-06-16")],
    ),
    (
        "story-overnight-said-sunday-monday-paper",
        "Thieves raided the museum overnight, police said on Sunday.",
        date(2025, 3, 10),
        [("overnight", "2025-03-08TNI"), ("Sunday", "2025-03-09")],
    ),
    (
        "story-overnight-story-day-is-eve",
        "The mayor said on Sunday that the river had burst its banks. Crews pumped water out of homes overnight.",
        date(2025, 3, 10),
        [("Sunday", "2025-03-09"), ("overnight", "2025-03-08TNI")],
    ),
    (
        "story-overnight-story-day-not-eve",
        "Police said on Saturday that the suspect had fled. Officers searched the woods overnight.",
        date(2025, 3, 10),
        [("Saturday", "2025-03-08"), ("overnight", "2025-03-09TNI")],
    ),
    (
        "story-overnight-no-day",
        "Gales brought down power lines overnight.",
        date(2024, 10, 2),
        [("overnight", "2024-10-01TNI")],
    ),
    (
        "story-overnight-dateline-same-day",
        "KHARKIV, May 14 (Reuters) - Russian drones struck power stations overnight, the governor said.",
        date(2025, 5, 14),
        [("May 14", "2025-05-14"), ("overnight", "2025-05-13TNI")],
    ),
    (
        "story-overnight-dateline-next-day-paper",
        "GAZA, Oct. 9 (AP) - Air strikes hit the southern city overnight, health officials said.",
        date(2024, 10, 10),
        [("Oct. 9", "2024-10-09"), ("overnight", "2024-10-08TNI")],
    ),
    (
        "story-overnight-first-said-friday",
        "Overnight, the storm moved north, forecasters said on Friday.",
        date(2026, 2, 28),
        [("Overnight", "2026-02-26TNI"), ("Friday", "2026-02-27")],
    ),
    (
        "story-overnight-after-monday-tuesday-paper",
        "The ministry said on Monday that talks would resume. Overnight, rockets hit the border town.",
        date(2025, 6, 17),
        [("Monday", "2025-06-16"), ("Overnight", "2025-06-15TNI")],
    ),
    (
        "story-overnight-after-friday-monday-paper",
        "The strike began on Friday. Overnight, pickets blocked the gates.",
        date(2025, 3, 10),
        [("Friday", "2025-03-07"), ("Overnight", "2025-03-09TNI")],
    ),
    (
        "story-overnight-sunday-paper",
        "Firefighters battled the blaze overnight.",
        date(2025, 8, 31),
        [("overnight", "2025-08-30TNI")],
    ),
    (
        "story-overnight-dateline-and-weekday",
        "BEIRUT, Nov. 13 (Reuters) - Israeli jets struck the southern suburbs overnight, residents said on Thursday.",
        date(2025, 11, 14),
        [("Nov. 13", "2025-11-13"), ("overnight", "2025-11-12TNI"), ("Thursday", "2025-11-13")],
    ),
    (
        "story-overnight-said-thursday-leap",
        "Snow fell across the north overnight, forecasters said on Thursday.",
        date(2024, 3, 1),
        [("overnight", "2024-02-28TNI"), ("Thursday", "2024-02-29")],
    ),
    (
        "story-overnight-said-wednesday-new-year",
        "Revellers clashed with police overnight, officials said on Wednesday.",
        date(2025, 1, 2),
        [("overnight", "2024-12-31TNI"), ("Wednesday", "2025-01-01")],
    ),
    (
        "story-small-hours-of-saturday",
        "The fire started in the small hours of Saturday.",
        date(2025, 8, 31),
        [("Saturday", "2025-08-30")],
    ),
    (
        "story-early-hours-of-tuesday",
        "Protesters were cleared in the early hours of Tuesday.",
        date(2025, 1, 2),
        [("Tuesday", "2024-12-31")],
    ),
    (
        "story-early-hours-bare-after-date",
        "The earthquake struck on 6 June. In the early hours, aftershocks shook the valley.",
        date(2025, 6, 10),
        [("6 June", "2025-06-06"), ("the early hours", "2025-06-06")],
    ),
    (
        "story-small-hours-bare-after-date",
        "The ship ran aground on Sept. 2. In the small hours, the crew abandoned it.",
        date(2025, 9, 5),
        [("Sept. 2", "2025-09-02"), ("the small hours", "2025-09-02")],
    ),
    (
        "story-clock-with-day-past",
        "The blast was heard at 3:15 p.m. on Tuesday.",
        date(2024, 10, 2),
        [("3:15 p.m. on Tuesday", "2024-10-01T15:15")],
    ),
    (
        "story-clock-shortly-before-9am-friday",
        "The train derailed shortly before 9 a.m. on Friday.",
        date(2025, 3, 10),
        [("9 a.m. on Friday", "2025-03-07T09:00")],
    ),
    (
        "story-clock-bare-publication-day",
        "The market opened at 9:45 a.m. and fell sharply.",
        date(2025, 11, 14),
        [("9:45 a.m.", "2025-11-14T09:45")],
    ),
    (
        "story-clock-day-last-named",
        "The storm reached the coast on Sunday. By 6 p.m., the streets were flooded.",
        date(2025, 3, 10),
        [("Sunday", "2025-03-09"), ("6 p.m.", "2025-03-09T18:00")],
    ),
    (
        "story-clock-dotted-with-day",
        "At 7.30am on Saturday, the first runners set off.",
        date(2025, 8, 31),
        [("7.30am on Saturday", "2025-08-30T07:30")],
    ),
    (
        "story-clock-day-in-sentence-apart",
        "On Wednesday, the first shots were fired at 4 a.m., witnesses said.",
        date(2025, 1, 2),
        [("Wednesday", "2025-01-01"), ("4 a.m.", "2025-01-01T04:00")],
    ),
    (
        "story-clock-future-with-day",
        "The polls will close at 10 p.m. on Thursday.",
        date(2025, 6, 17),
        [("10 p.m. on Thursday", "2025-06-19T22:00")],
    ),
    (
        "story-clock-24h-dateline",
        "KYIV, March 3 (Reuters) - Air raid sirens sounded across the capital at 04:10, officials said.",
        date(2025, 3, 3),
        [("March 3", "2025-03-03"), ("04:10", "2025-03-03T04:10")],
    ),
    (
        "story-clock-dateline-next-day-paper",
        "KYIV, March 3 (Reuters) - A missile hit a residential block at 2:40 a.m., killing four people.",
        date(2025, 3, 4),
        [("March 3", "2025-03-03"), ("2:40 a.m.", "2025-03-03T02:40")],
    ),
    (
        "story-clock-after-next-day",
        "The hostages were seized on Nov. 20. The next day, at 5 p.m., the kidnappers made their first call.",
        date(2025, 12, 1),
        [("Nov. 20", "2025-11-20"), ("The next day", "2025-11-21"), ("5 p.m.", "2025-11-21T17:00")],
    ),
    (
        "story-clock-noon-on-sunday",
        "Rescuers reached the climbers at noon on Sunday.",
        date(2025, 3, 10),
        [("noon on Sunday", "2025-03-09T12:00")],
    ),
    (
        "story-clock-midnight-on-tuesday",
        "The ultimatum expired at midnight on Tuesday.",
        date(2024, 10, 2),
        [("midnight on Tuesday", "2024-10-01T24:00")],
    ),
    (
        "story-clock-bare-midnight-past",
        "The generators failed shortly after midnight.",
        date(2025, 11, 14),
        [("midnight", "2025-11-13T24:00")],
    ),
    (
        "story-clock-by-6pm-future-day",
        "Residents will have to leave by 6 p.m. on Friday.",
        date(2025, 1, 2),
        [("6 p.m. on Friday", "2025-01-03T18:00")],
    ),
    (
        "story-clock-sentence-final-day-before",
        "Voting ended on Thursday. The first ballots were counted at 11 p.m.",
        date(2025, 11, 14),
        [("Thursday", "2025-11-13"), ("11 p.m", "2025-11-13T23:00")],
    ),
    (
        "story-clock-8pm-saturday",
        "The ferry left the harbour at 8pm on Saturday.",
        date(2025, 3, 10),
        [("8pm on Saturday", "2025-03-08T20:00")],
    ),
    (
        "story-clock-dawn-day-last-named",
        "The fighting began on Sept. 27. At dawn, tanks crossed the river.",
        date(2024, 10, 2),
        [("Sept. 27", "2024-09-27"), ("dawn", "2024-09-27TMO")],
    ),
    (
        "story-clock-day-later-in-sentence",
        "Police were called at 1:30 a.m. to a house where a man had been shot on Saturday.",
        date(2025, 3, 10),
        [("1:30 a.m.", "2025-03-08T01:30"), ("Saturday", "2025-03-08")],
    ),
    (
        "story-clock-two-times-one-day",
        "The polls opened at 7 a.m. and closed at 10 p.m. on Thursday.",
        date(2025, 11, 14),
        [("7 a.m.", "2025-11-13T07:00"), ("10 p.m. on Thursday", "2025-11-13T22:00")],
    ),
    (
        "story-clock-sentence-final-no-day",
        "Firefighters were called at 4:05 a.m.",
        date(2025, 6, 17),
        [("4:05 a.m", "2025-06-17T04:05")],
    ),
    (
        "story-clock-after-past-year-date",
        "The ceremony was held on 12 May 2019. At 3 p.m., the guests arrived.",
        date(2024, 1, 8),
        [("12 May 2019", "2019-05-12"), ("3 p.m.", "2019-05-12T15:00")],
    ),
    (
        "story-clock-that-night-at",
        "The votes were counted on Sunday. That night, at 11 p.m., the result was announced.",
        date(2025, 3, 10),
        [("Sunday", "2025-03-09"), ("That night", "2025-03-09TNI"), ("11 p.m.", "2025-03-09T23:00")],
    ),
    (
        "story-clock-noon-timetable",
        "The offer closes at noon on Monday.",
        date(2026, 2, 28),
        [("noon on Monday", "2026-03-02T12:00")],
    ),
    (
        "story-clock-previous-evening",
        "The gunman was arrested at 6 a.m. on Tuesday. He had been seen near the school the previous evening.",
        date(2024, 10, 2),
        [("6 a.m. on Tuesday", "2024-10-01T06:00"), ("the previous evening", "2024-09-30TEV")],
    ),
    (
        "story-clock-earlier-that-day",
        "The plane landed at 9:40 p.m. on Sunday. Earlier that day, the pilot had reported engine trouble.",
        date(2025, 3, 10),
        [("9:40 p.m. on Sunday", "2025-03-09T21:40"), ("Earlier that day", "2025-03-09")],
    ),
    (
        "story-clock-weekday-after-dateline",
        "PARIS, Oct. 1 (AFP) - Strikers blocked the main rail stations. By 8 a.m., most trains had been cancelled.",
        date(2024, 10, 2),
        [("Oct. 1", "2024-10-01"), ("8 a.m.", "2024-10-01T08:00")],
    ),
    (
        "story-clock-yesterday-then-clock",
        "The gallery was robbed yesterday. The alarm went off at 3:20 a.m., police said.",
        date(2025, 6, 17),
        [("yesterday", "2025-06-16"), ("3:20 a.m.", "2025-06-16T03:20")],
    ),
    (
        "story-that-night-after-weekday",
        "The suspect was arrested on Saturday. That night, he confessed.",
        date(2025, 3, 10),
        [("Saturday", "2025-03-08"), ("That night", "2025-03-08TNI")],
    ),
    (
        "story-next-morning-after-monday-night",
        "The council voted on Monday night. The next morning, the mayor resigned.",
        date(2024, 10, 2),
        [("Monday night", "2024-09-30TNI"), ("The next morning", "2024-10-01TMO")],
    ),
    (
        "story-previous-friday-past-year",
        "The bank collapsed on Wednesday 12 March 2008. The previous Friday, its shares had halved.",
        date(2015, 5, 4),
        [("Wednesday 12 March 2008", "2008-03-12"), ("The previous Friday", "2008-03-07")],
    ),
    (
        "story-following-monday-past-year",
        "The strike was called on Thursday 6 February 2020. The following Monday, the docks fell silent.",
        date(2021, 2, 8),
        [("Thursday 6 February 2020", "2020-02-06"), ("The following Monday", "2020-02-10")],
    ),
    (
        "story-the-day-after",
        "The hurricane made landfall on Sept. 26. The day after, the governor declared an emergency.",
        date(2024, 10, 2),
        [("Sept. 26", "2024-09-26"), ("The day after", "2024-09-27")],
    ),
    (
        "story-a-week-later-week",
        "The dam was completed on 2 June 2025. A week later, it began to leak.",
        date(2025, 7, 1),
        [("2 June 2025", "2025-06-02"), ("A week later", "2025-W24")],
    ),
    (
        "story-two-weeks-earlier-week",
        "The ship sank on 20 March 2024. Two weeks earlier, inspectors had passed it as seaworthy.",
        date(2024, 5, 1),
        [("20 March 2024", "2024-03-20"), ("Two weeks earlier", "2024-W10")],
    ),
    (
        "story-same-day-after-weekday",
        "The verdict came on Friday. The same day, the defendant's lawyer filed an appeal.",
        date(2025, 3, 10),
        [("Friday", "2025-03-07"), ("The same day", "2025-03-07")],
    ),
    (
        "story-later-that-week",
        "The floods began on Monday 4 November 2024. Later that week, the army was deployed.",
        date(2024, 12, 1),
        [("Monday 4 November 2024", "2024-11-04"), ("Later that week", "2024-W45")],
    ),
    (
        "story-later-that-day",
        "The president landed in Rome on Tuesday. Later that day, he met the pope.",
        date(2024, 10, 2),
        [("Tuesday", "2024-10-01"), ("Later that day", "2024-10-01")],
    ),
    (
        "story-chain-days-later-following-day",
        "The outbreak was reported on Aug. 4. Three days later, the farm was sealed off. The following day, "
        "the first cattle were culled.",
        date(2025, 8, 31),
        [("Aug. 4", "2025-08-04"), ("Three days later", "2025-08-07"), ("The following day", "2025-08-08")],
    ),
    (
        "story-chain-four-sentences",
        "The dam cracked on Saturday 3 May 2025. That evening, villagers were told to leave. The next "
        "morning, water poured through the gap. Two days later, the valley was flooded.",
        date(2025, 5, 20),
        [
            ("Saturday 3 May 2025", "2025-05-03"),
            ("That evening", "2025-05-03TEV"),
            ("The next morning", "2025-05-04TMO"),
            ("Two days later", "2025-05-06"),
        ],
    ),
    (
        "story-night-before-weekday",
        "The race was run on Sunday. The night before, a storm had flattened the barriers.",
        date(2025, 3, 10),
        [("Sunday", "2025-03-09"), ("The night before", "2025-03-08TNI")],
    ),
    (
        "story-following-weekend-after-sunday",
        "The festival closed on 27 July. The following weekend, the site was cleared.",
        date(2025, 8, 20),
        [("27 July", "2025-07-27"), ("The following weekend", "2025-W31-WE")],
    ),
    (
        "story-following-monday-after-weekday-date",
        "The report was published on Friday, Nov. 7. The following Monday, the chief executive stepped down.",
        date(2025, 11, 14),
        [("Friday, Nov. 7", "2025-11-07"), ("The following Monday", "2025-11-10")],
    ),
    (
        "story-previous-friday-from-weekday",
        "The minister was sacked on Tuesday. The previous Friday, she had defied the whip.",
        date(2024, 10, 2),
        [("Tuesday", "2024-10-01"), ("The previous Friday", "2024-09-27")],
    ),
    (
        "story-two-days-later-from-weekday",
        "Fighting broke out on Monday. Two days later, a truce was agreed.",
        date(2025, 11, 14),
        [("Monday", "2025-11-10"), ("Two days later", "2025-11-12")],
    ),
    (
        "story-day-before-timetable",
        "The vote is on Sunday. The day before, campaigning is banned.",
        date(2025, 11, 14),
        [("Sunday", "2025-11-16"), ("The day before", "2025-11-15")],
    ),
    (
        "story-following-day-across-month",
        "The talks opened on Sept. 30. The following day, both delegations walked out.",
        date(2024, 10, 2),
        [("Sept. 30", "2024-09-30"), ("The following day", "2024-10-01")],
    ),
    (
        "story-next-day-after-new-years-eve",
        "The riots began on New Year's Eve. The next day, the army was deployed.",
        date(2025, 1, 2),
        [("New Year's Eve", "2024-12-31"), ("The next day", "2025-01-01")],
    ),
    (
        "story-that-morning-after-weekday",
        "The verdict was read on Wednesday. That morning, the defendant had collapsed in his cell.",
        date(2025, 1, 2),
        [("Wednesday", "2025-01-01"), ("That morning", "2025-01-01TMO")],
    ),
    (
        "story-that-afternoon-after-date",
        "The rescue began on 14 April 2023. That afternoon, the first miner was brought out.",
        date(2023, 4, 18),
        [("14 April 2023", "2023-04-14"), ("That afternoon", "2023-04-14TAF")],
    ),
    (
        "story-later-that-night",
        "The stadium was evacuated on Saturday. Later that night, the roof gave way.",
        date(2025, 3, 10),
        [("Saturday", "2025-03-08"), ("Later that night", "2025-03-08TNI")],
    ),
    (
        "story-earlier-that-evening",
        "The boat capsized on 9 August. Earlier that evening, the coastguard had issued a warning.",
        date(2025, 8, 31),
        [("9 August", "2025-08-09"), ("Earlier that evening", "2025-08-09TEV")],
    ),
    (
        "story-the-next-evening",
        "The ceasefire took effect on Thursday. The next evening, shelling resumed.",
        date(2026, 2, 28),
        [("Thursday", "2026-02-26"), ("The next evening", "2026-02-27TEV")],
    ),
    (
        "story-the-following-night",
        "The first tremor was felt on 28 February. The following night, a second one destroyed the church.",
        date(2024, 3, 4),
        [("28 February", "2024-02-28"), ("The following night", "2024-02-29TNI")],
    ),
    (
        "story-the-previous-night",
        "The body was found on Monday. The victim had been seen alive the previous night.",
        date(2025, 6, 17),
        [("Monday", "2025-06-16"), ("the previous night", "2025-06-15TNI")],
    ),
    (
        "story-the-next-afternoon",
        "The gunmen seized the hotel on 26 November. The next afternoon, commandos stormed the building.",
        date(2025, 12, 3),
        [("26 November", "2025-11-26"), ("The next afternoon", "2025-11-27TAF")],
    ),
    (
        "story-a-day-later",
        "The prime minister survived the vote on Wednesday. A day later, he resigned.",
        date(2025, 11, 14),
        [("Wednesday", "2025-11-12"), ("A day later", "2025-11-13")],
    ),
    (
        "story-the-previous-week",
        "The plant closed on 21 March 2024. The previous week, managers had denied any plans to shut it.",
        date(2024, 6, 3),
        [("21 March 2024", "2024-03-21"), ("The previous week", "2024-W11")],
    ),
    (
        "story-following-monday-tuesday-paper",
        "The factory closed on Thursday. The following Monday, workers picketed the gates.",
        date(2025, 6, 17),
        [("Thursday", "2025-06-12"), ("The following Monday", "2025-06-16")],
    ),
    (
        "story-earlier-that-week",
        "The chairman quit on Friday 14 November 2025. Earlier that week, the board had lost a vote.",
        date(2025, 11, 17),
        [("Friday 14 November 2025", "2025-11-14"), ("Earlier that week", "2025-W46")],
    ),
    (
        "story-previous-day-said-thursday",
        "Officials said on Thursday that the prisoner had escaped the previous day.",
        date(2025, 11, 14),
        [("Thursday", "2025-11-13"), ("the previous day", "2025-11-12")],
    ),
    (
        "story-four-days-earlier-across-year",
        "The airport reopened on 3 January. Four days earlier, it had been closed by snow.",
        date(2025, 1, 20),
        [("3 January", "2025-01-03"), ("Four days earlier", "2024-12-30")],
    ),
    (
        "story-three-weeks-later-week",
        "The first case was confirmed on 14 April 2023. Three weeks later, the town was locked down.",
        date(2023, 9, 1),
        [("14 April 2023", "2023-04-14"), ("Three weeks later", "2023-W18")],
    ),
    (
        "story-a-week-earlier-from-weekday",
        "The minister resigned on Thursday. A week earlier, she had denied any wrongdoing.",
        date(2025, 3, 10),
        [("Thursday", "2025-03-06"), ("A week earlier", "2025-W09")],
    ),
    (
        "story-chain-night-then-days-later",
        "The blaze started on Friday night. By the following morning, 40 homes had burnt. Two days later, the "
        "fire was out.",
        date(2025, 6, 17),
        [
            ("Friday night", "2025-06-13TNI"),
            ("the following morning", "2025-06-14TMO"),
            ("Two days later", "2025-06-16"),
        ],
    ),
    (
        "story-chain-clock-evening-next-day",
        "The siege began at 10 a.m. on 5 October. That evening, the gunmen released two children. The next "
        "day, police stormed the building.",
        date(2025, 10, 20),
        [
            ("10 a.m. on 5 October", "2025-10-05T10:00"),
            ("That evening", "2025-10-05TEV"),
            ("The next day", "2025-10-06"),
        ],
    ),
    (
        "story-chain-date-then-week-later",
        "The company warned investors on 3 March 2025. A week later, its shares collapsed.",
        date(2025, 5, 1),
        [("3 March 2025", "2025-03-03"), ("A week later", "2025-W11")],
    ),
    (
        "story-weekday-comma-date",
        "The accident happened on Saturday, March 8.",
        date(2025, 3, 10),
        [("Saturday, March 8", "2025-03-08")],
    ),
    (
        "story-weekday-date-future",
        "The bridge will close on Monday, Jan. 6, for repairs.",
        date(2025, 1, 2),
        [("Monday, Jan. 6", "2025-01-06")],
    ),
    (
        "story-weekday-day-month-new-year",
        "Flights resumed on Wednesday 1 January after the strike.",
        date(2025, 1, 2),
        [("Wednesday 1 January", "2025-01-01")],
    ),
    (
        "story-weekday-date-leap",
        "The regulator published its findings on Thursday, Feb. 29.",
        date(2024, 3, 1),
        [("Thursday, Feb. 29", "2024-02-29")],
    ),
    (
        "story-dateline-weekday-same-day",
        "NAIROBI, June 17 (Reuters) - Police fired tear gas at protesters on Tuesday, witnesses said.",
        date(2025, 6, 17),
        [("June 17", "2025-06-17"), ("Tuesday", "2025-06-17")],
    ),
    (
        "story-dateline-late-thursday-next-day-paper",
        "ROME, Nov. 13 (Reuters) - The government collapsed late on Thursday.",
        date(2025, 11, 14),
        [("Nov. 13", "2025-11-13"), ("Thursday", "2025-11-13")],
    ),
    (
        "story-dateline-that-evening",
        "MADRID, Feb. 26 (Reuters) - Farmers blocked the motorways around the capital. That evening, the "
        "government offered talks.",
        date(2026, 2, 28),
        [("Feb. 26", "2026-02-26"), ("That evening", "2026-02-26TEV")],
    ),
    (
        "story-dateline-day-month-friday",
        "GENEVA, 14 November - Talks on the treaty stalled on Friday.",
        date(2025, 11, 14),
        [("14 November", "2025-11-14"), ("Friday", "2025-11-14")],
    ),
    (
        "story-dateline-sunday-monday-paper",
        "ISTANBUL, March 9 (Reuters) - Thousands marched through the city on Sunday.",
        date(2025, 3, 10),
        [("March 9", "2025-03-09"), ("Sunday", "2025-03-09")],
    ),
    (
        "story-monday-paper-saturday-and-sunday",
        "Protesters marched on Saturday and clashed with police on Sunday.",
        date(2025, 3, 10),
        [("Saturday", "2025-03-08"), ("Sunday", "2025-03-09")],
    ),
    (
        "story-monday-paper-last-night",
        "Police made 12 arrests last night.",
        date(2025, 3, 10),
        [("last night", "2025-03-09TNI")],
    ),
    (
        "story-day-after-paper-late-last-night",
        "The prime minister resigned late last night.",
        date(2024, 10, 2),
        [("late last night", "2024-10-01TNI")],
    ),
    (
        "story-day-after-paper-yesterday-evening",
        "The bridge was closed yesterday evening.",
        date(2025, 6, 17),
        [("yesterday evening", "2025-06-16TEV")],
    ),
    (
        "story-monday-paper-friday-night-then-saturday",
        "The club sacked its manager on Friday night. On Saturday, the players trained without him.",
        date(2025, 3, 10),
        [("Friday night", "2025-03-07TNI"), ("Saturday", "2025-03-08")],
    ),
    (
        "story-quote-last-night-said-saturday",
        '"Last night was the worst of the war," the mayor said on Saturday.',
        date(2025, 3, 10),
        [("Last night", "2025-03-07TNI"), ("Saturday", "2025-03-08")],
    ),
    (
        "story-quote-tonight-said-friday",
        '"We will hold the line tonight," the commander said on Friday.',
        date(2025, 8, 31),
        [("tonight", "2025-08-29TNI"), ("Friday", "2025-08-29")],
    ),
    (
        "story-quote-this-morning-said-tuesday",
        '"The pumps failed this morning," an engineer said on Tuesday.',
        date(2025, 1, 2),
        [("this morning", "2024-12-31TMO"), ("Tuesday", "2024-12-31")],
    ),
    (
        "story-quote-yesterday-evening-no-day",
        '"Yesterday evening the shelling stopped," a resident said.',
        date(2024, 10, 2),
        [("Yesterday evening", "2024-10-01TEV")],
    ),
    (
        "story-quote-tomorrow-morning-said-sunday",
        '"Talks resume tomorrow morning," the envoy said on Sunday.',
        date(2025, 3, 10),
        [("tomorrow morning", "2025-03-10TMO"), ("Sunday", "2025-03-09")],
    ),
    (
        "story-quote-yesterday-said-monday-weekend",
        '"We lost power yesterday," a shopkeeper said on Monday.',
        date(2025, 6, 17),
        [("yesterday", "2025-06-15"), ("Monday", "2025-06-16")],
    ),
    (
        "story-late-on-weekday-date",
        "The deal was signed late on Monday, Sept. 30.",
        date(2024, 10, 2),
        [("Monday, Sept. 30", "2024-09-30")],
    ),
    (
        "story-early-hours-of-sunday-monday-paper",
        "Two people were stabbed in the early hours of Sunday.",
        date(2025, 3, 10),
        [("Sunday", "2025-03-09")],
    ),
    (
        "story-a-day-earlier",
        "The vote passed on Thursday. A day earlier, the opposition had walked out.",
        date(2025, 11, 14),
        [("Thursday", "2025-11-13"), ("A day earlier", "2025-11-12")],
    ),
    (
        "story-day-before-yesterday",
        "The strike began the day before yesterday.",
        date(2025, 6, 17),
        [("the day before yesterday", "2025-06-15")],
    ),
    (
        "story-quote-this-evening-said-monday",
        '"This evening we will decide," the chairman said on Monday.',
        date(2025, 6, 17),
        [("This evening", "2025-06-16TEV"), ("Monday", "2025-06-16")],
    ),
    (
        "story-quote-last-night-no-day",
        '"Last night the river rose by a metre," a farmer said.',
        date(2025, 3, 10),
        [("Last night", "2025-03-09TNI")],
    ),
    (
        "story-clock-noon-friday-past",
        "The deadline passed at noon Friday.",
        date(2025, 3, 10),
        [("noon Friday", "2025-03-07T12:00")],
    ),
    (
        "story-clock-2pm-sunday-no-on",
        "Officials gave the all-clear at 2 p.m. Sunday.",
        date(2025, 3, 10),
        [("2 p.m. Sunday", "2025-03-09T14:00")],
    ),
    (
        "story-clock-with-own-day-other-day-in-clause",
        "The talks, which began on Monday, ended at 3 a.m. on Wednesday.",
        date(2025, 1, 2),
        [("Monday", "2024-12-30"), ("3 a.m. on Wednesday", "2025-01-01T03:00")],
    ),
    (
        "story-clock-next-sentence-final",
        "Voters went to the polls on Sunday. Turnout had reached 40 percent by 2 p.m.",
        date(2025, 3, 10),
        [("Sunday", "2025-03-09"), ("2 p.m", "2025-03-09T14:00")],
    ),
    (
        "story-next-day-monday-paper",
        "The storm hit on Saturday. The next day, thousands were without power.",
        date(2025, 3, 10),
        [("Saturday", "2025-03-08"), ("The next day", "2025-03-09")],
    ),
    (
        "story-dateline-previous-day",
        "LAGOS, June 16 (Reuters) - Gunmen freed 20 hostages seized the previous day, police said.",
        date(2025, 6, 17),
        [("June 16", "2025-06-16"), ("the previous day", "2025-06-15")],
    ),
    (
        "story-dateline-later-that-day",
        "MOSCOW, Oct. 1 (Reuters) - The central bank raised rates. Later that day, the rouble rallied.",
        date(2024, 10, 2),
        [("Oct. 1", "2024-10-01"), ("Later that day", "2024-10-01")],
    ),
    (
        "story-last-friday-monday-paper",
        "The company cut 200 jobs last Friday.",
        date(2025, 3, 10),
        [("last Friday", "2025-03-07")],
    ),
    (
        "story-this-saturday-new-year-week",
        "The parade takes place this Saturday.",
        date(2025, 1, 2),
        [("this Saturday", "2025-01-04")],
    ),
    (
        "story-two-weeks-later-across-year",
        "The bridge was closed on Monday, Dec. 16. Two weeks later, it reopened.",
        date(2025, 1, 20),
        [("Monday, Dec. 16", "2024-12-16"), ("Two weeks later", "2025-W01")],
    ),
    (
        "story-until-friday-evening",
        "The road stayed closed until Friday evening.",
        date(2025, 3, 10),
        [("Friday evening", "2025-03-07TEV")],
    ),
    (
        "story-sunday-night-into-monday",
        "Heavy rain fell from Sunday night into Monday.",
        date(2025, 6, 17),
        [("Sunday night", "2025-06-15TNI"), ("Monday", "2025-06-16")],
    ),
    (
        "story-overnight-monday-paper-no-day",
        "Vandals daubed slogans on the war memorial overnight.",
        date(2025, 3, 10),
        [("overnight", "2025-03-09TNI")],
    ),
    (
        "story-overnight-after-sunday-tuesday-paper",
        "The floods began on Sunday. Overnight, the river rose again.",
        date(2025, 6, 17),
        [("Sunday", "2025-06-15"), ("Overnight", "2025-06-16TNI")],
    ),
    (
        "story-small-hours-of-monday-tuesday-paper",
        "The ferry caught fire in the small hours of Monday.",
        date(2025, 6, 17),
        [("Monday", "2025-06-16")],
    ),
    (
        "story-clock-date-no-weekday-no-tense",
        "The ban takes effect at 9 a.m. on Jan. 6.",
        date(2025, 1, 2),
        [("9 a.m. on Jan. 6", "2025-01-06T09:00")],
    ),
    (
        "story-three-days-after-monday-night",
        "The riots started on Monday night. Three days later, the curfew was lifted.",
        date(2025, 11, 14),
        [("Monday night", "2025-11-10TNI"), ("Three days later", "2025-11-13")],
    ),
    (
        "story-that-night-dateline-next-day-paper",
        "ODESA, Nov. 13 (Reuters) - Drones hit the port. That night, a second wave struck the grain terminal.",
        date(2025, 11, 14),
        [("Nov. 13", "2025-11-13"), ("That night", "2025-11-13TNI")],
    ),
    (
        "story-clock-before-next-morning",
        "The last train left at 11:50 p.m. on Saturday. The next morning, the line was closed for good.",
        date(2025, 3, 10),
        [("11:50 p.m. on Saturday", "2025-03-08T23:50"), ("The next morning", "2025-03-09TMO")],
    ),
    # --- a ninth held-out batch: months, days, quarters and seasons without a year, written blind ---
    (
        "yearless-past-passive-elected-may",
        "She was elected party leader in May.",
        date(2025, 9, 15),
        [("May", "2025-05")],
    ),
    (
        "yearless-past-reported-february",
        "The company reported in February that sales had fallen.",
        date(2025, 7, 1),
        [("February", "2025-02")],
    ),
    (
        "yearless-past-just-last-month",
        "Inflation eased in October, the statistics office said.",
        date(2025, 11, 12),
        [("October", "2025-10")],
    ),
    (
        "yearless-past-current-month",
        "The strike began in November and shows no sign of ending.",
        date(2025, 11, 20),
        [("November", "2025-11")],
    ),
    (
        "yearless-past-ten-months-back",
        "The mine flooded in January, killing four workers.",
        date(2025, 11, 10),
        [("January", "2025-01")],
    ),
    (
        "yearless-past-monthday-abbrev",
        "The body was found on Oct. 23 near the river.",
        date(2025, 12, 2),
        [("Oct. 23", "2025-10-23")],
    ),
    (
        "yearless-past-british-daymonth",
        "The bridge was closed to traffic on 14 June after cracks appeared.",
        date(2025, 9, 1),
        [("14 June", "2025-06-14")],
    ),
    (
        "yearless-past-far-back-day",
        "The reactor was shut down on Feb. 2.",
        date(2025, 12, 1),
        [("Feb. 2", "2025-02-02")],
    ),
    ("yearless-past-perfect-since", "Prices have doubled since March.", date(2025, 8, 4), [("March", "2025-03")]),
    (
        "yearless-past-pluperfect-since",
        "The road had been closed since January when the floods came.",
        date(2025, 6, 3),
        [("January", "2025-01")],
    ),
    (
        "yearless-past-confirmed-in-april",
        "The ministry confirmed in April that the scheme would be scrapped.",
        date(2025, 10, 7),
        [("April", "2025-04")],
    ),
    (
        "yearless-past-warned-in-march",
        "The central bank warned in March of a slowdown.",
        date(2025, 6, 30),
        [("March", "2025-03")],
    ),
    (
        "yearless-past-told-on-day",
        "He told investigators on Sept. 9 that he had seen nothing.",
        date(2025, 11, 18),
        [("Sept. 9", "2025-09-09")],
    ),
    (
        "yearless-past-mid-month",
        "Wildfires forced thousands to flee in mid-July.",
        date(2025, 8, 25),
        [("mid-July", "2025-07")],
    ),
    (
        "yearless-past-early-month",
        "The company cut 300 jobs in early February.",
        date(2025, 5, 14),
        [("early February", "2025-02")],
    ),
    (
        "yearless-past-late-month-yearboundary",
        "Snow closed the airport in late December.",
        date(2026, 1, 7),
        [("late December", "2025-12")],
    ),
    (
        "yearless-past-dec-in-jan-paper",
        "Retail sales rose 2% in December.",
        date(2026, 1, 14),
        [("December", "2025-12")],
    ),
    (
        "yearless-past-november-in-jan-paper",
        "The factory was sold in November.",
        date(2026, 1, 5),
        [("November", "2025-11")],
    ),
    (
        "yearless-past-dec-day-in-jan-paper",
        "The suspect was arrested on Dec. 30.",
        date(2026, 1, 2),
        [("Dec. 30", "2025-12-30")],
    ),
    (
        "yearless-past-march-in-dec-paper",
        "The plant opened in March and has since hired 400 people.",
        date(2025, 12, 29),
        [("March", "2025-03")],
    ),
    (
        "yearless-past-august-in-jan-paper",
        "The merger was completed in August.",
        date(2026, 1, 9),
        [("August", "2025-08")],
    ),
    (
        "yearless-past-possessive-month",
        "May's figures showed a sharp rise in exports.",
        date(2025, 7, 10),
        [("May", "2025-05")],
    ),
    (
        "yearless-past-adjective-month",
        "The October elections were marred by fraud, observers said.",
        date(2025, 12, 3),
        [("October", "2025-10")],
    ),
    (
        "yearless-past-disclosed-day",
        "The firm disclosed the breach on 3 March.",
        date(2025, 4, 22),
        [("3 March", "2025-03-03")],
    ),
    (
        "yearless-past-ordinal-monthday",
        "The ship ran aground on March 3rd.",
        date(2025, 5, 6),
        [("March 3rd", "2025-03-03")],
    ),
    (
        "yearless-past-passive-was-signed",
        "The treaty was signed on 9 April in Rome.",
        date(2025, 8, 27),
        [("9 April", "2025-04-09")],
    ),
    (
        "yearless-past-has-been-since-sept",
        "She has been chief executive since September.",
        date(2026, 2, 3),
        [("September", "2025-09")],
    ),
    (
        "yearless-past-were-killed-adjective",
        "Twelve people were killed in the February floods.",
        date(2025, 6, 25),
        [("February", "2025-02")],
    ),
    (
        "yearless-past-admitted-in-june",
        "The bank admitted in June that it had overcharged customers.",
        date(2025, 12, 15),
        [("June", "2025-06")],
    ),
    (
        "yearless-past-revealed-day",
        "The newspaper revealed on July 2 that the minister had lied.",
        date(2025, 7, 28),
        [("July 2", "2025-07-02")],
    ),
    (
        "yearless-past-month-heads-sentence",
        "In March, the regulator fined the bank $2 million.",
        date(2025, 10, 9),
        [("March", "2025-03")],
    ),
    ("yearless-past-stayed-until", "The museum stayed closed until April.", date(2025, 9, 17), [("April", "2025-04")]),
    (
        "yearless-past-ferry-sank-just-past",
        "The ferry sank on Nov. 26.",
        date(2025, 11, 28),
        [("Nov. 26", "2025-11-26")],
    ),
    (
        "yearless-past-british-months-back",
        "The painting was stolen on 5 February.",
        date(2025, 7, 20),
        [("5 February", "2025-02-05")],
    ),
    (
        "yearless-past-missing-since-day",
        "The climber has been missing since Jan. 3.",
        date(2026, 1, 7),
        [("Jan. 3", "2026-01-03")],
    ),
    (
        "yearless-past-since-day-yearboundary",
        "Fuel prices have risen every day since Dec. 28.",
        date(2026, 1, 7),
        [("every day", "P1D"), ("Dec. 28", "2025-12-28")],
    ),
    (
        "yearless-past-adjective-monthday-jan",
        "Survivors of the Dec. 12 attack gathered in the square.",
        date(2026, 1, 9),
        [("Dec. 12", "2025-12-12")],
    ),
    (
        "yearless-past-charged-over-nov-shooting",
        "A man was charged over the Nov. 3 shooting.",
        date(2026, 4, 20),
        [("Nov. 3", "2025-11-03")],
    ),
    (
        "yearless-past-nine-months-back",
        "The embassy was attacked in August.",
        date(2026, 5, 4),
        [("August", "2025-08")],
    ),
    (
        "yearless-future-will-next-month",
        "The new rules will apply from December.",
        date(2025, 11, 12),
        [("December", "2025-12")],
    ),
    (
        "yearless-future-will-current-month",
        "The regulator will publish its findings in November.",
        date(2025, 11, 3),
        [("November", "2025-11")],
    ),
    (
        "yearless-future-far-ahead-month",
        "The consultation will close in October.",
        date(2025, 11, 3),
        [("October", "2026-10")],
    ),
    (
        "yearless-future-jan-in-dec-paper",
        "The new tariff will take effect in January.",
        date(2025, 12, 15),
        [("January", "2026-01")],
    ),
    (
        "yearless-future-day-in-dec-paper",
        "Trading will resume on Jan. 5.",
        date(2025, 12, 29),
        [("Jan. 5", "2026-01-05")],
    ),
    (
        "yearless-future-dec-in-jan-paper",
        "The stadium will be finished in December.",
        date(2026, 1, 8),
        [("December", "2026-12")],
    ),
    ("yearless-future-expected-to", "The court is expected to rule in June.", date(2025, 2, 11), [("June", "2025-06")]),
    (
        "yearless-future-plans-to",
        "The airline plans to resume flights to the island in April.",
        date(2025, 10, 20),
        [("April", "2026-04")],
    ),
    ("yearless-future-is-due", "The final report is due in September.", date(2025, 3, 4), [("September", "2025-09")]),
    (
        "yearless-future-is-due-to-be",
        "The inquiry's report is due to be published on 30 June.",
        date(2025, 1, 15),
        [("30 June", "2025-06-30")],
    ),
    (
        "yearless-future-is-set-to",
        "The museum is set to reopen in March after a lengthy refurbishment.",
        date(2025, 11, 5),
        [("March", "2026-03")],
    ),
    (
        "yearless-future-is-to",
        "The prime minister is to visit Washington in February.",
        date(2025, 12, 10),
        [("February", "2026-02")],
    ),
    (
        "yearless-future-modal-could",
        "The bridge could reopen in May, engineers said.",
        date(2025, 12, 10),
        [("May", "2026-05")],
    ),
    ("yearless-future-modal-should", "The work should be finished by June.", date(2025, 11, 24), [("June", "2026-06")]),
    (
        "yearless-future-modal-might",
        "Rates might fall as early as March, analysts say.",
        date(2025, 10, 1),
        [("March", "2026-03")],
    ),
    (
        "yearless-future-may-modal-trap",
        "The vote may be delayed until the autumn.",
        date(2025, 5, 20),
        [("the autumn", "2025-FA")],
    ),
    (
        "yearless-future-hopes-to",
        "The club hopes to complete the signing in August.",
        date(2025, 6, 20),
        [("August", "2025-08")],
    ),
    (
        "yearless-future-aims-to",
        "The government aims to balance the budget by April.",
        date(2025, 9, 2),
        [("April", "2026-04")],
    ),
    (
        "yearless-future-intends-to",
        "The bank intends to list its shares in October.",
        date(2025, 2, 27),
        [("October", "2025-10")],
    ),
    (
        "yearless-future-scheduled-to",
        "The satellite is scheduled to launch on Nov. 14.",
        date(2025, 8, 5),
        [("Nov. 14", "2025-11-14")],
    ),
    (
        "yearless-future-would-reported",
        "The minister said the border would reopen in March.",
        date(2025, 11, 17),
        [("March", "2026-03")],
    ),
    (
        "yearless-future-promised-to",
        "The mayor promised to clear the backlog by September.",
        date(2025, 6, 4),
        [("September", "2025-09")],
    ),
    (
        "yearless-future-agreed-to-hold",
        "The parties agreed to hold fresh elections in October.",
        date(2025, 3, 12),
        [("October", "2025-10")],
    ),
    (
        "yearless-future-vowed-before-christmas",
        "Rebels vowed to take the capital before Christmas.",
        date(2025, 9, 8),
        [("Christmas", "2025-12-25")],
    ),
    ("yearless-future-timetable-opens", "The exhibition opens in March.", date(2025, 12, 1), [("March", "2026-03")]),
    (
        "yearless-future-timetable-takes-effect",
        "The law takes effect on Jan. 1.",
        date(2025, 12, 12),
        [("Jan. 1", "2026-01-01")],
    ),
    (
        "yearless-future-timetable-season-starts",
        "The new season starts in August.",
        date(2025, 5, 19),
        [("August", "2025-08")],
    ),
    (
        "yearless-future-timetable-nominations-close",
        "Nominations close on 14 February.",
        date(2026, 1, 20),
        [("14 February", "2026-02-14")],
    ),
    ("yearless-future-appointment-is", "The final is on May 30.", date(2025, 4, 2), [("May 30", "2025-05-30")]),
    (
        "yearless-future-passive-will-be-held",
        "The summit will be held in Geneva in July.",
        date(2025, 2, 3),
        [("July", "2025-07")],
    ),
    (
        "yearless-future-going-to",
        "The council is going to vote on the plan in January.",
        date(2025, 10, 15),
        [("January", "2026-01")],
    ),
    (
        "yearless-future-far-ahead-day",
        "The new terminal will open on Aug. 15.",
        date(2025, 10, 1),
        [("Aug. 15", "2026-08-15")],
    ),
    (
        "yearless-future-just-ahead-day",
        "The strike will begin on Dec. 2.",
        date(2025, 11, 28),
        [("Dec. 2", "2025-12-02")],
    ),
    (
        "yearless-future-from-month-yearboundary",
        "Fares will rise from January.",
        date(2025, 11, 26),
        [("January", "2026-01")],
    ),
    (
        "yearless-future-late-month-yearboundary",
        "The report will be published in late January.",
        date(2025, 12, 18),
        [("late January", "2026-01")],
    ),
    (
        "yearless-future-by-month-heads-sentence",
        "By June, every school will have a nurse.",
        date(2026, 1, 26),
        [("June", "2026-06")],
    ),
    (
        "yearless-deadline-accounts-due",
        "The annual accounts are due on Oct. 31.",
        date(2025, 11, 6),
        [("Oct. 31", "2025-10-31")],
    ),
    (
        "yearless-deadline-due-to-expire",
        "The ceasefire is due to expire on Nov. 15.",
        date(2025, 11, 20),
        [("Nov. 15", "2025-11-15")],
    ),
    (
        "yearless-deadline-fund-due-to-close",
        "The fund is due to close on 30 September.",
        date(2025, 10, 8),
        [("30 September", "2025-09-30")],
    ),
    (
        "yearless-deadline-over-a-month-next-year",
        "The tribunal will sit again on Oct. 2.",
        date(2025, 11, 20),
        [("Oct. 2", "2026-10-02")],
    ),
    (
        "yearless-arrangement-extended-offer",
        "The company extended its tender offer until Jan. 9.",
        date(2025, 12, 22),
        [("Jan. 9", "2026-01-09")],
    ),
    (
        "yearless-arrangement-adjourned-to",
        "The judge adjourned the hearing to Dec. 4.",
        date(2025, 11, 20),
        [("Dec. 4", "2025-12-04")],
    ),
    ("yearless-arrangement-set-for", "The retrial was set for Feb. 3.", date(2026, 1, 20), [("Feb. 3", "2026-02-03")]),
    (
        "yearless-arrangement-gave-until",
        "The regulator gave the bank until March 31 to respond.",
        date(2025, 3, 10),
        [("March 31", "2025-03-31")],
    ),
    (
        "yearless-arrangement-postponed-month",
        "The launch was postponed until January.",
        date(2025, 12, 9),
        [("January", "2026-01")],
    ),
    ("yearless-arrangement-moved-to", "The vote was moved to April.", date(2025, 2, 18), [("April", "2025-04")]),
    (
        "yearless-arrangement-extended-through",
        "The government extended the fuel subsidy through June.",
        date(2025, 4, 28),
        [("June", "2025-06")],
    ),
    (
        "yearless-arrangement-delayed-until-day",
        "The board delayed the vote until 12 December.",
        date(2025, 11, 25),
        [("12 December", "2025-12-12")],
    ),
    (
        "yearless-arrangement-scheduled-for",
        "A meeting was scheduled for Jan. 14.",
        date(2025, 12, 30),
        [("Jan. 14", "2026-01-14")],
    ),
    (
        "yearless-arrangement-announced-would-return",
        "Organisers announced that the festival would return on Aug. 29.",
        date(2025, 8, 12),
        [("Aug. 29", "2025-08-29")],
    ),
    (
        "yearless-arrangement-quarter-deferral",
        "The company postponed the listing until the second quarter.",
        date(2025, 2, 5),
        [("the second quarter", "2025-Q2")],
    ),
    (
        "yearless-quarter-past-second",
        "The company swung to a loss in the second quarter.",
        date(2025, 8, 6),
        [("the second quarter", "2025-Q2")],
    ),
    (
        "yearless-quarter-past-adjective",
        "First-quarter profit rose 8%.",
        date(2025, 5, 2),
        [("First-quarter", "2025-Q1")],
    ),
    (
        "yearless-quarter-past-yearboundary",
        "Fourth-quarter sales fell 3%, the retailer said.",
        date(2026, 1, 15),
        [("Fourth-quarter", "2025-Q4")],
    ),
    (
        "yearless-quarter-past-far",
        "The bank posted a record profit in the third quarter.",
        date(2026, 2, 10),
        [("the third quarter", "2025-Q3")],
    ),
    (
        "yearless-quarter-future-within-half",
        "The airline expects to return to profit in the fourth quarter.",
        date(2025, 8, 20),
        [("the fourth quarter", "2025-Q4")],
    ),
    (
        "yearless-quarter-future-next-year",
        "The carmaker will start deliveries in the first quarter.",
        date(2025, 11, 4),
        [("the first quarter", "2026-Q1")],
    ),
    (
        "yearless-quarter-future-beyond-half-nearest",
        "The group expects to announce fourth-quarter results on Thursday.",
        date(2026, 2, 2),
        [("fourth-quarter", "2025-Q4"), ("Thursday", "2026-02-05")],
    ),
    (
        "yearless-quarter-abbrev-future",
        "The chipmaker will ship the new processor in Q2.",
        date(2026, 1, 12),
        [("Q2", "2026-Q2")],
    ),
    (
        "yearless-quarter-no-tense-nearest",
        "Third-quarter results at a glance",
        date(2025, 10, 24),
        [("Third-quarter", "2025-Q3")],
    ),
    (
        "yearless-quarter-two-clauses",
        "Revenue fell in the third quarter but is expected to rebound in the fourth quarter.",
        date(2025, 10, 30),
        [("the third quarter", "2025-Q3"), ("the fourth quarter", "2025-Q4")],
    ),
    (
        "yearless-season-past-over-summer",
        "Tourist numbers recovered over the summer.",
        date(2025, 9, 22),
        [("the summer", "2025-SU")],
    ),
    (
        "yearless-season-past-autumn-jan-paper",
        "House prices fell in the autumn.",
        date(2026, 1, 13),
        [("the autumn", "2025-FA")],
    ),
    (
        "yearless-season-past-winter",
        "Gas storage ran low during the winter.",
        date(2025, 5, 5),
        [("the winter", "2024-WI")],
    ),
    (
        "yearless-season-future-spring",
        "The ban will take effect in the spring.",
        date(2025, 11, 24),
        [("the spring", "2026-SP")],
    ),
    (
        "yearless-season-future-autumn",
        "The minister will publish the plan in the autumn.",
        date(2025, 6, 9),
        [("the autumn", "2025-FA")],
    ),
    (
        "yearless-season-future-winter",
        "Energy bills are expected to rise in the winter.",
        date(2025, 9, 10),
        [("the winter", "2025-WI")],
    ),
    (
        "yearless-season-bare-spring-past",
        "The band recorded the album in spring.",
        date(2025, 10, 6),
        [("spring", "2025-SP")],
    ),
    (
        "yearless-season-future-by-summer",
        "The line should be electrified by summer.",
        date(2026, 2, 16),
        [("summer", "2026-SU")],
    ),
    (
        "yearless-season-past-six-months-back",
        "The river burst its banks in the summer.",
        date(2026, 3, 2),
        [("the summer", "2025-SU")],
    ),
    (
        "yearless-season-plan-past",
        "The council agreed in March to close the pool in the autumn.",
        date(2025, 4, 14),
        [("March", "2025-03"), ("the autumn", "2025-FA")],
    ),
    (
        "yearless-season-past-winter-march-paper",
        "The lake froze in the winter.",
        date(2026, 3, 20),
        [("the winter", "2025-WI")],
    ),
    (
        "yearless-season-future-spring-dec-paper",
        "The school will reopen in the spring.",
        date(2025, 12, 29),
        [("the spring", "2026-SP")],
    ),
    (
        "yearless-season-past-summer-jan-paper",
        "The company hired 200 staff in the summer.",
        date(2026, 1, 15),
        [("the summer", "2025-SU")],
    ),
    (
        "yearless-holiday-past-christmas-jan",
        "Thieves broke into the church at Christmas.",
        date(2026, 1, 6),
        [("Christmas", "2025-12-25")],
    ),
    (
        "yearless-holiday-future-before-christmas",
        "The tunnel will open before Christmas.",
        date(2025, 10, 14),
        [("Christmas", "2025-12-25")],
    ),
    (
        "yearless-holiday-past-valentines",
        "Florists sold record numbers of roses on Valentine's Day.",
        date(2025, 3, 3),
        [("Valentine's Day", "2025-02-14")],
    ),
    (
        "yearless-holiday-future-by-easter",
        "The cathedral is expected to reopen by Easter.",
        date(2026, 1, 19),
        [("Easter", "2026-04-05")],
    ),
    (
        "yearless-holiday-past-over-easter",
        "Hotels were fully booked over Easter.",
        date(2025, 5, 12),
        [("Easter", "2025-04-20")],
    ),
    (
        "yearless-holiday-past-thanksgiving",
        "Air travel hit a record on Thanksgiving.",
        date(2025, 12, 2),
        [("Thanksgiving", "2025-11-27")],
    ),
    (
        "yearless-holiday-future-new-years-eve",
        "The city will cancel its fireworks on New Year's Eve.",
        date(2025, 12, 19),
        [("New Year's Eve", "2025-12-31")],
    ),
    (
        "yearless-holiday-past-new-years-day",
        "Two climbers died on New Year's Day.",
        date(2026, 1, 5),
        [("New Year's Day", "2026-01-01")],
    ),
    (
        "yearless-holiday-past-halloween",
        "Police made 40 arrests on Halloween.",
        date(2025, 11, 3),
        [("Halloween", "2025-10-31")],
    ),
    (
        "yearless-holiday-future-independence-day",
        "The president will speak on Independence Day.",
        date(2025, 6, 16),
        [("Independence Day", "2025-07-04")],
    ),
    (
        "yearless-holiday-past-boxing-day",
        "Shoppers flocked to the sales on Boxing Day.",
        date(2026, 1, 2),
        [("Boxing Day", "2025-12-26")],
    ),
    (
        "yearless-holiday-future-far-halloween",
        "The fair will return on Halloween.",
        date(2025, 12, 8),
        [("Halloween", "2026-10-31")],
    ),
    (
        "yearless-holiday-timetable-labor-day",
        "The pool closes for the season on Labor Day.",
        date(2025, 8, 11),
        [("Labor Day", "2025-09-01")],
    ),
    (
        "yearless-holiday-past-memorial-day",
        "Gas prices peaked on Memorial Day.",
        date(2025, 7, 21),
        [("Memorial Day", "2025-05-26")],
    ),
    (
        "yearless-year-head-two-months",
        "In 2018, the club was relegated in May and sold in August.",
        date(2025, 9, 15),
        [("2018", "2018"), ("May", "2018-05"), ("August", "2018-08")],
    ),
    (
        "yearless-year-head-day",
        "In 2020, the first case was confirmed on Jan. 21.",
        date(2025, 3, 1),
        [("2020", "2020"), ("Jan. 21", "2020-01-21")],
    ),
    (
        "yearless-year-head-season",
        "In 2017, the bridge was repaired in the summer.",
        date(2025, 3, 1),
        [("2017", "2017"), ("the summer", "2017-SU")],
    ),
    (
        "yearless-year-head-quarter",
        "In 2019, the company lost money in the third quarter.",
        date(2025, 3, 1),
        [("2019", "2019"), ("the third quarter", "2019-Q3")],
    ),
    (
        "yearless-year-head-future",
        "In 2027, the line will open in September.",
        date(2025, 3, 1),
        [("2027", "2027"), ("September", "2027-09")],
    ),
    (
        "yearless-year-attr-olympics",
        "The 2012 Olympics opened in July.",
        date(2025, 3, 1),
        [("2012", "2012"), ("July", "2012-07")],
    ),
    (
        "yearless-year-attr-referendum",
        "The 2014 referendum was held in September.",
        date(2025, 3, 1),
        [("2014", "2014"), ("September", "2014-09")],
    ),
    (
        "yearless-year-head-holiday",
        "In 2010, heavy snow fell on Christmas Day.",
        date(2025, 3, 1),
        [("2010", "2010"), ("Christmas Day", "2010-12-25")],
    ),
    (
        "yearless-year-head-ordinal",
        "In 2016, talks opened in June and collapsed on the 28th.",
        date(2025, 3, 1),
        [("2016", "2016"), ("June", "2016-06"), ("the 28th", "2016-06-28")],
    ),
    (
        "yearless-year-deep-not-frame",
        "The firm, which was founded in 2009, opened a plant in March.",
        date(2025, 6, 2),
        [("2009", "2009"), ("March", "2025-03")],
    ),
    (
        "yearless-year-later-in-sentence",
        "He joined the board in March, having left the bank in 2019.",
        date(2025, 5, 7),
        [("March", "2025-03"), ("2019", "2019")],
    ),
    (
        "yearless-year-ago-frame",
        "A year ago, in November, the party was leading the polls.",
        date(2025, 12, 10),
        [("A year ago", "2024"), ("November", "2024-11")],
    ),
    (
        "yearless-year-other-sentence",
        "The plant opened in 2015. It flooded in March.",
        date(2025, 6, 2),
        [("2015", "2015"), ("March", "2025-03")],
    ),
    (
        "yearless-year-since-not-frame",
        "Since 2021, the charity has grown, and in April it opened a second shop.",
        date(2025, 7, 1),
        [("2021", "2021"), ("April", "2025-04")],
    ),
    (
        "yearless-ordinal-past-after-monthday",
        "The strike began on Oct. 3 and ended on the 21st.",
        date(2025, 11, 10),
        [("Oct. 3", "2025-10-03"), ("the 21st", "2025-10-21")],
    ),
    (
        "yearless-ordinal-future-after-monthday",
        "The consultation opens on Jan. 6 and closes on the 30th.",
        date(2025, 12, 15),
        [("Jan. 6", "2026-01-06"), ("the 30th", "2026-01-30")],
    ),
    (
        "yearless-ordinal-future-after-month",
        "Talks will resume in February, with a final round on the 20th.",
        date(2025, 12, 3),
        [("February", "2026-02"), ("the 20th", "2026-02-20")],
    ),
    (
        "yearless-ordinal-past-yearboundary",
        "Talks collapsed in December; on the 29th, the union walked out.",
        date(2026, 1, 8),
        [("December", "2025-12"), ("the 29th", "2025-12-29")],
    ),
    (
        "yearless-ordinal-across-sentences",
        "The inquiry opened in September. On the 12th, the first witness gave evidence.",
        date(2025, 11, 4),
        [("September", "2025-09"), ("the 12th", "2025-09-12")],
    ),
    (
        "yearless-two-clauses-which-closed-will-reopen",
        "The plant, which closed in March, will reopen in October.",
        date(2025, 6, 16),
        [("March", "2025-03"), ("October", "2025-10")],
    ),
    (
        "yearless-two-clauses-who-took-office",
        "The minister, who took office in February, will present the budget in November.",
        date(2025, 9, 8),
        [("February", "2025-02"), ("November", "2025-11")],
    ),
    (
        "yearless-two-clauses-and-will",
        "The union walked out in December and will strike again in March.",
        date(2026, 1, 12),
        [("December", "2025-12"), ("March", "2026-03")],
    ),
    (
        "yearless-two-clauses-but-expected",
        "Sales fell in January but are expected to recover in the autumn.",
        date(2025, 5, 12),
        [("January", "2025-01"), ("the autumn", "2025-FA")],
    ),
    (
        "yearless-two-clauses-said-will",
        "The agency said in July that it will cut rates in September.",
        date(2025, 8, 4),
        [("July", "2025-07"), ("September", "2025-09")],
    ),
    (
        "yearless-two-clauses-semicolon",
        "Exports slumped in April; they are forecast to pick up in June.",
        date(2025, 5, 20),
        [("April", "2025-04"), ("June", "2025-06")],
    ),
    (
        "yearless-two-clauses-future-then-past",
        "The court will sentence him in February after he was convicted on Nov. 12.",
        date(2025, 12, 1),
        [("February", "2026-02"), ("Nov. 12", "2025-11-12")],
    ),
    (
        "yearless-two-clauses-participle-timetable",
        "The bill, approved on May 2, comes into force on Oct. 1.",
        date(2025, 6, 10),
        [("May 2", "2025-05-02"), ("Oct. 1", "2025-10-01")],
    ),
    (
        "yearless-two-clauses-said-on-day-would-reopen",
        "The ministry said on Oct. 2 that the border would reopen on Nov. 15.",
        date(2025, 10, 3),
        [("Oct. 2", "2025-10-02"), ("Nov. 15", "2025-11-15")],
    ),
    (
        "yearless-no-tense-ahead-of-election",
        "Polls ahead of the November election",
        date(2025, 8, 18),
        [("November", "2025-11")],
    ),
    ("yearless-no-tense-in-pictures", "In pictures: the August floods", date(2025, 10, 2), [("August", "2025-08")]),
    (
        "yearless-no-tense-figures-for",
        "Unemployment figures for December",
        date(2026, 1, 21),
        [("December", "2025-12")],
    ),
    ("business-fallen-since-july", "Fuel prices have fallen since July.", date(2026, 3, 7), [("July", "2025-07")]),
    ("business-unchanged-since-may", "Nothing has changed since May.", date(2026, 3, 7), [("May", "2025-05")]),
    (
        "business-will-be-taken-up",
        "The bill will be taken up in November.",
        date(2026, 3, 7),
        [("November", "2026-11")],
    ),
    (
        "local-repainted-next-summer",
        "The bridge will be repainted in the summer.",
        date(2025, 10, 6),
        [("the summer", "2026-SU")],
    ),
    # --- a tenth held-out batch: web copy and markets, written blind ---
    (
        "web-updated-clock-et-weekday-date",
        "Updated 3:45 p.m. ET, Tue March 5, 2024",
        date(2024, 3, 5),
        [("3:45 p.m. ET, Tue March 5, 2024", "2024-03-05T15:45")],
    ),
    (
        "web-published-date-comma-clock-gmt",
        "Published 5 March 2024, 14:02 GMT",
        date(2024, 3, 5),
        [("5 March 2024, 14:02 GMT", "2024-03-05T14:02")],
    ),
    (
        "web-last-modified-weekday-date-dotted-clock",
        "Last modified on Tue 5 Mar 2024 14.02 GMT",
        date(2024, 3, 5),
        [("Tue 5 Mar 2024 14.02 GMT", "2024-03-05T14:02")],
    ),
    ("web-published-us-date-only", "Published March 5, 2024", date(2024, 3, 5), [("March 5, 2024", "2024-03-05")]),
    ("web-updated-iso-next-day", "Updated: 2024-03-06", date(2024, 3, 5), [("2024-03-06", "2024-03-06")]),
    ("web-byline-name-and-title", "By Jane Doe, Markets Correspondent", date(2024, 3, 5), []),
    (
        "web-updated-clock-on-next-day",
        "Updated 9:10 a.m. ET on March 6, 2024",
        date(2024, 3, 5),
        [("9:10 a.m. ET on March 6, 2024", "2024-03-06T09:10")],
    ),
    ("web-updated-clock-alone", "Updated 3:45 p.m. ET", date(2024, 3, 5), [("3:45 p.m. ET", "2024-03-05T15:45")]),
    (
        "web-originally-published-on",
        "This article was originally published on Sept. 30, 2023.",
        date(2023, 10, 2),
        [("Sept. 30, 2023", "2023-09-30")],
    ),
    (
        "web-dateline-reuters-monday",
        "NEW YORK, Jan 8 (Reuters) - Wall Street's main indexes opened higher on Monday.",
        date(2024, 1, 8),
        [("Jan 8", "2024-01-08"), ("Monday", "2024-01-08")],
    ),
    (
        "web-dateline-ap-no-date",
        "WASHINGTON (AP) — The Senate confirmed the nominee Thursday.",
        date(2024, 1, 12),
        [("Thursday", "2024-01-11")],
    ),
    (
        "web-dateline-press-release-today",
        "LONDON, 5 March 2024 /PRNewswire/ -- Acme Ltd today announced the sale of its Dutch unit.",
        date(2024, 3, 5),
        [("5 March 2024", "2024-03-05"), ("today", "2024-03-05")],
    ),
    (
        "web-press-release-quarter-ended",
        "SAN JOSE, Calif., Feb. 21, 2024 /PRNewswire/ -- Acme Inc. (NASDAQ: ACME) today reported results for "
        "the fourth quarter ended Jan. 28, 2024.",
        date(2024, 2, 21),
        [
            ("Feb. 21, 2024", "2024-02-21"),
            ("today", "2024-02-21"),
            ("the fourth quarter", "2023-Q4"),
            ("Jan. 28, 2024", "2024-01-28"),
        ],
    ),
    (
        "web-dateline-full-weekday-date",
        "Tuesday, March 5, 2024",
        date(2024, 3, 5),
        [("Tuesday, March 5, 2024", "2024-03-05")],
    ),
    (
        "web-posted-short-weekday-date",
        "Posted Tue, Mar 5, 2024",
        date(2024, 3, 5),
        [("Tue, Mar 5, 2024", "2024-03-05")],
    ),
    ("web-copyright-year", "© 2024 Acme Media. All rights reserved.", date(2024, 3, 5), [("2024", "2024")]),
    (
        "web-caption-file-photo-year",
        "Protesters gather outside parliament. (File photo, 2019)",
        date(2024, 3, 5),
        [("2019", "2019")],
    ),
    (
        "web-caption-reuters-file-photo",
        "FILE PHOTO: Traders work on the floor of the New York Stock Exchange in New York City, U.S., March "
        "1, 2024. REUTERS/Brendan McDermid/File Photo",
        date(2024, 3, 20),
        [("March 1, 2024", "2024-03-01")],
    ),
    ("web-caption-ap-credit", "(AP Photo/Mark Lennihan, File)", date(2024, 3, 5), []),
    ("web-caption-photograph-credit", "Photograph: Alastair Grant/AP", date(2024, 3, 5), []),
    ("web-caption-getty-credit", "Photo by Jane Doe/Getty Images", date(2024, 3, 5), []),
    (
        "web-caption-month-year",
        "Residents queue for water in Derna in September 2023.",
        date(2024, 3, 5),
        [("September 2023", "2023-09")],
    ),
    (
        "web-caption-taken-released",
        "The image, taken on Aug. 2 and released on Monday, shows the crater.",
        date(2023, 8, 8),
        [("Aug. 2", "2023-08-02"), ("Monday", "2023-08-07")],
    ),
    (
        "web-embed-post-signature",
        "— Jane Doe (@jdoe) March 5, 2024",
        date(2024, 3, 6),
        [("March 5, 2024", "2024-03-05")],
    ),
    (
        "web-embed-post-with-pic-link",
        "Go vote! pic.twitter.com/x7Yt2Qw — NYC Mayor's Office (@NYCMayor) November 7, 2023",
        date(2023, 11, 7),
        [("November 7, 2023", "2023-11-07")],
    ),
    (
        "web-embed-handle-with-year-digits",
        "— Sports Desk (@desk2024) May 1, 2024",
        date(2024, 5, 2),
        [("May 1, 2024", "2024-05-01")],
    ),
    ("web-embed-thread-counter", "1/7 Here is what the budget means for renters.", date(2024, 3, 5), []),
    (
        "web-bullets-key-dates-no-verbs",
        "Key dates:\n- Jan. 15: Applications open\n- Feb. 28: Deadline\n- March 31: Results",
        date(2025, 1, 10),
        [("Jan. 15", "2025-01-15"), ("Feb. 28", "2025-02-28"), ("March 31", "2025-03-31")],
    ),
    (
        "web-bullets-coming-up-weekdays",
        "Coming up:\n• CPI inflation data is due on Wednesday.\n• The Fed announces its decision on Wednesday "
        "afternoon.\n• Retail sales are released on Friday.",
        date(2024, 6, 10),
        [("Wednesday", "2024-06-12"), ("Wednesday afternoon", "2024-06-12TAF"), ("Friday", "2024-06-14")],
    ),
    (
        "web-bullets-what-happened",
        "What happened:\n- March 1: The company filed for bankruptcy.\n- March 4: Its chief executive resigned.",
        date(2024, 3, 6),
        [("March 1", "2024-03-01"), ("March 4", "2024-03-04")],
    ),
    (
        "web-bullets-iso-timeline",
        "- 2023-12-01: Contract signed\n- 2024-01-15: Work began",
        date(2024, 3, 5),
        [("2023-12-01", "2023-12-01"), ("2024-01-15", "2024-01-15")],
    ),
    (
        "web-subheading-caps-then-timetable",
        "WHAT HAPPENS NEXT\n\nThe board meets again on Thursday.",
        date(2024, 3, 5),
        [("Thursday", "2024-03-07")],
    ),
    (
        "web-subheading-takes-effect",
        "Why it matters\n\nThe rule takes effect on July 1.",
        date(2024, 3, 5),
        [("July 1", "2024-07-01")],
    ),
    (
        "web-read-more-link-month",
        "Read more: Why the Fed held rates in March",
        date(2024, 5, 2),
        [("March", "2024-03")],
    ),
    (
        "web-related-link-possessive-weekday",
        "RELATED: Five things to know about Tuesday's primary",
        date(2024, 3, 7),
        [("Tuesday", "2024-03-05")],
    ),
    ("web-breadcrumb", "Home > Business > Markets", date(2024, 3, 5), []),
    ("web-share-counts", "1.2K shares · 340 comments", date(2024, 3, 5), []),
    ("web-newsletter-daily", "Sign up for our daily newsletter.", date(2024, 3, 5), [("daily", "P1D")]),
    (
        "web-column-every-tuesday",
        "This column appears every Tuesday.",
        date(2024, 3, 5),
        [("every Tuesday", "XXXX-WXX-2")],
    ),
    (
        "web-liveblog-edt-stamp",
        "6:02 p.m. EDT: Polls have closed in Virginia.",
        date(2024, 3, 5),
        [("6:02 p.m. EDT", "2024-03-05T18:02")],
    ),
    (
        "web-liveblog-pinned-clock",
        "Pinned post, 9:15 a.m.: Here is what we know so far.",
        date(2024, 3, 5),
        [("9:15 a.m.", "2024-03-05T09:15")],
    ),
    (
        "web-markets-10-year-yield-tuesday",
        "The 10-year Treasury yield rose to 4.32% on Tuesday.",
        date(2024, 3, 6),
        [("10-year", "P10Y"), ("Tuesday", "2024-03-05")],
    ),
    (
        "web-markets-30-year-mortgage",
        "The average rate on a 30-year fixed mortgage fell to 6.88%, Freddie Mac said on Thursday.",
        date(2024, 3, 7),
        [("30-year", "P30Y"), ("Thursday", "2024-03-07")],
    ),
    (
        "web-markets-two-year-yield",
        "The two-year yield jumped 12 basis points.",
        date(2024, 3, 5),
        [("two-year", "P2Y")],
    ),
    (
        "web-markets-three-month-bills",
        "The yield on three-month bills was little changed.",
        date(2024, 3, 5),
        [("three-month", "P3M")],
    ),
    (
        "web-markets-200-day-average",
        "The stock fell below its 200-day moving average.",
        date(2024, 3, 5),
        [("200-day", "P200D")],
    ),
    (
        "web-markets-sp500-and-dow",
        "The S&P 500 rose 0.8% and the Dow Jones Industrial Average added 150 points.",
        date(2024, 3, 5),
        [],
    ),
    ("web-markets-russell-2000", "Small caps lagged, with the Russell 2000 down 1.2%.", date(2024, 3, 5), []),
    ("web-markets-dow-30", "Nike was the worst performer in the Dow 30.", date(2024, 3, 5), []),
    ("web-markets-nasdaq-100", "The Nasdaq 100 slipped 0.4%.", date(2024, 3, 5), []),
    (
        "web-markets-ftse-100-friday",
        "The FTSE 100 closed up 0.3% at 7,682 on Friday.",
        date(2024, 3, 4),
        [("Friday", "2024-03-01")],
    ),
    (
        "web-markets-index-levels",
        "The Shanghai Composite ended at 2,988.24, while the Nikkei closed at 40,109.",
        date(2024, 3, 5),
        [],
    ),
    (
        "web-markets-gold-price-monday",
        "Gold hit a record $2,141 an ounce on Monday.",
        date(2024, 3, 5),
        [("Monday", "2024-03-04")],
    ),
    (
        "web-markets-notes-due-year",
        "The company priced $500 million of senior notes due 2030.",
        date(2024, 3, 5),
        [("2030", "2030")],
    ),
    (
        "web-markets-year-on-year-february",
        "Retail sales rose 3.1% year-on-year in February.",
        date(2024, 3, 20),
        [("February", "2024-02")],
    ),
    ("web-markets-month-on-month", "Prices rose 0.4% month-on-month.", date(2024, 3, 20), []),
    (
        "web-markets-guidance-year-tuesday",
        "The company raised its 2024 guidance on Tuesday.",
        date(2024, 3, 6),
        [("2024", "2024"), ("Tuesday", "2024-03-05")],
    ),
    (
        "web-markets-q2-year-revenue",
        "Q2 2024 revenue came in at $3.1 billion.",
        date(2024, 8, 1),
        [("Q2 2024", "2024-Q2")],
    ),
    ("web-markets-h1-year-profit", "H1 2023 profit fell 12%.", date(2023, 9, 1), [("H1 2023", "2023-H1")]),
    (
        "web-markets-so-far-this-year",
        "The stock is up 40% so far this year.",
        date(2024, 3, 5),
        [("this year", "2024")],
    ),
    (
        "web-markets-close-4pm-et",
        "U.S. stocks closed at 4 p.m. ET with the Nasdaq up 1%.",
        date(2024, 3, 5),
        [("4 p.m. ET", "2024-03-05T16:00")],
    ),
    (
        "web-markets-intraday-clock",
        "Shares were down 3.2% at 11:15 a.m. ET.",
        date(2024, 3, 5),
        [("11:15 a.m. ET", "2024-03-05T11:15")],
    ),
    (
        "web-markets-boe-cut-thursday",
        "The Bank of England cut rates by 25 basis points to 5% on Thursday.",
        date(2024, 8, 2),
        [("Thursday", "2024-08-01")],
    ),
    (
        "web-markets-form-10-k-year",
        "The figures appear in the company's Form 10-K for 2023.",
        date(2024, 2, 20),
        [("2023", "2023")],
    ),
    (
        "web-markets-401k-year",
        "Savers moved money out of their 401(k) plans in 2022.",
        date(2024, 3, 5),
        [("2022", "2022")],
    ),
    (
        "web-markets-fed-june-meeting",
        "Traders now expect the Fed to cut rates at its June meeting.",
        date(2024, 3, 5),
        [("now", "PRESENT_REF"), ("June", "2024-06")],
    ),
    (
        "web-markets-fourth-quarter-year-ago-quarter",
        "Fourth-quarter revenue rose 8% from the year-ago quarter.",
        date(2024, 2, 1),
        [("Fourth-quarter", "2023-Q4"), ("the year-ago quarter", "2022-Q4")],
    ),
    (
        "web-markets-quarter-a-year-earlier",
        "In the fourth quarter, net income was $1.2 billion, compared with $900 million a year earlier.",
        date(2024, 2, 1),
        [("the fourth quarter", "2023-Q4"), ("a year earlier", "2022-Q4")],
    ),
    (
        "web-markets-reports-after-bell",
        "Nvidia reports results after the bell on Wednesday.",
        date(2024, 2, 19),
        [("Wednesday", "2024-02-21")],
    ),
    (
        "web-markets-goes-ex-dividend",
        "The stock goes ex-dividend on March 14.",
        date(2024, 3, 5),
        [("March 14", "2024-03-14")],
    ),
    (
        "web-markets-dividend-payable-record",
        "The dividend is payable on April 1 to shareholders of record as of March 15.",
        date(2024, 2, 20),
        [("April 1", "2024-04-01"), ("March 15", "2024-03-15")],
    ),
    (
        "web-markets-since-date-rally",
        "Since Oct. 27, the S&P 500 has rallied 25%.",
        date(2024, 3, 5),
        [("Oct. 27", "2023-10-27")],
    ),
    (
        "web-markets-first-record-since-month-year",
        "It was the index's first record close since January 2022.",
        date(2024, 1, 19),
        [("January 2022", "2022-01")],
    ),
    (
        "web-markets-weekly-gain",
        "Stocks posted their ninth straight weekly gain.",
        date(2024, 3, 5),
        [("weekly", "P1W")],
    ),
    (
        "web-markets-second-half-recovery",
        "The company expects sales to recover in the second half.",
        date(2024, 3, 5),
        [("the second half", "2024-H2")],
    ),
    (
        "web-markets-year-ended-dec-31",
        "For the year ended Dec. 31, 2023, revenue rose 9%.",
        date(2024, 2, 28),
        [("the year", "P1Y"), ("Dec. 31, 2023", "2023-12-31")],
    ),
    ("web-markets-stock-split", "The board approved a 3-for-1 stock split.", date(2024, 3, 5), []),
    ("web-markets-ticker-line", "AAPL 189.84 -0.52 (-0.27%)", date(2024, 3, 5), []),
    ("web-markets-7-eleven", "The 7-Eleven owner rejected the offer.", date(2024, 3, 5), []),
    ("web-sport-result-line-scorers", "Arsenal 2-1 Chelsea (Saka 23, Havertz 67; Palmer 80)", date(2024, 3, 5), []),
    ("web-sport-final-score-line", "Final: Celtics 112, Knicks 104", date(2024, 3, 5), []),
    (
        "web-sport-tennis-sets-sunday",
        "Sinner beat Medvedev 3-6, 3-6, 6-4, 6-4, 6-3 on Sunday.",
        date(2024, 1, 29),
        [("Sunday", "2024-01-28")],
    ),
    ("web-sport-table-row", "1. Liverpool 28 20 6 2 64 25 66", date(2024, 3, 5), []),
    (
        "web-sport-1500m-saturday",
        "Jakob won the 1500m title on Saturday.",
        date(2024, 3, 4),
        [("Saturday", "2024-03-02")],
    ),
    (
        "web-sport-season-span-ended",
        "The 2023-24 Premier League season ended on May 19.",
        date(2024, 6, 1),
        [("2023", "2023"), ("May 19", "2024-05-19")],
    ),
    ("web-sport-win-loss-record", "The Jets finished with a 7-10 record.", date(2024, 1, 10), []),
    (
        "web-sport-kickoff-clock-on-day-month",
        "Kick-off is at 3pm on Saturday 9 March.",
        date(2024, 3, 7),
        [("3pm on Saturday 9 March", "2024-03-09T15:00")],
    ),
    (
        "web-sport-fixture-list-short-days",
        "Fixtures:\nSat 9 Mar: Arsenal v Brentford\nSun 10 Mar: Liverpool v Man City",
        date(2024, 3, 7),
        [("Sat 9 Mar", "2024-03-09"), ("Sun 10 Mar", "2024-03-10")],
    ),
    (
        "web-sport-stoppage-time-sunday",
        "Haaland scored in stoppage time to seal a 3-1 win on Sunday.",
        date(2024, 3, 11),
        [("Sunday", "2024-03-10")],
    ),
    (
        "web-sport-hall-of-fame-class",
        "The Class of 2024 includes three first-ballot picks.",
        date(2024, 1, 24),
        [("2024", "2024")],
    ),
    ("web-sport-over-under", "The over/under is 47.5 points.", date(2024, 2, 5), []),
    (
        "web-sport-super-bowl-date",
        "Super Bowl LVIII is on Feb. 11 in Las Vegas.",
        date(2024, 2, 5),
        [("Feb. 11", "2024-02-11")],
    ),
    (
        "web-sport-game-7-sunday-night",
        "Game 7 is Sunday night.",
        date(2024, 5, 16),
        [("Sunday night", "2024-05-19TNI")],
    ),
    ("web-sport-extra-innings", "The Yankees won 5-4 in 10 innings.", date(2024, 5, 16), []),
    ("web-sport-t20-runs", "England won the first Twenty20 international by 24 runs.", date(2024, 5, 16), []),
    ("web-sport-grand-slam-year", "She won the 2019 US Open.", date(2024, 5, 16), [("2019", "2019")]),
    (
        "web-correction-possessive-vote",
        "An earlier version of this story gave the wrong date for Tuesday's vote.",
        date(2024, 3, 7),
        [("Tuesday", "2024-03-05")],
    ),
    (
        "web-correction-said-tuesday-was-monday",
        "Correction: An earlier version of this article said the hearing was on Tuesday. It was on Monday.",
        date(2024, 3, 6),
        [("Tuesday", "2024-03-05"), ("Monday", "2024-03-04")],
    ),
    (
        "web-correction-dated-year-founded",
        "Correction, March 7, 2024: An earlier version of this story misstated the year the company was "
        "founded. It was 1998, not 1989.",
        date(2024, 3, 7),
        [("March 7, 2024", "2024-03-07"), ("1998", "1998"), ("1989", "1989")],
    ),
    (
        "web-clarification-meeting-is-on",
        "Clarification: The meeting is on Sept. 12, not Sept. 21.",
        date(2024, 9, 4),
        [("Sept. 12", "2024-09-12"), ("Sept. 21", "2024-09-21")],
    ),
    (
        "web-editors-note-updated-clock-friday",
        "Editor's note: This story was updated at 5:10 p.m. on Friday to include a response from the company.",
        date(2024, 3, 8),
        [("5:10 p.m. on Friday", "2024-03-08T17:10")],
    ),
    (
        "web-correction-amended-strike-date",
        "This article was amended on 12 March 2024. An earlier version said the strike would begin on 14 March.",
        date(2024, 3, 11),
        [("12 March 2024", "2024-03-12"), ("14 March", "2024-03-14")],
    ),
    (
        "web-correction-plant-opened-year",
        "A previous version of this story misstated when the plant opened. It opened in 2011.",
        date(2024, 3, 5),
        [("2011", "2011")],
    ),
    ("web-phone-number", "Call 1-800-273-8255 for help.", date(2024, 3, 5), []),
    ("web-street-address", "The firm is based at 2000 Pennsylvania Avenue.", date(2024, 3, 5), []),
    ("web-zip-code", "The store is in Beverly Hills, CA 90210.", date(2024, 3, 5), []),
    (
        "web-sport-results-header-weekday-date",
        "Saturday, March 9: Arsenal 2, Brentford 1",
        date(2024, 3, 11),
        [("Saturday, March 9", "2024-03-09")],
    ),
    (
        "web-caption-weekday-date-year",
        "Firefighters at the scene on Sunday, March 3, 2024.",
        date(2024, 3, 5),
        [("Sunday, March 3, 2024", "2024-03-03")],
    ),
    (
        "web-markets-jobs-report-clock-friday",
        "The jobs report is due at 8:30 a.m. ET on Friday.",
        date(2024, 3, 5),
        [("8:30 a.m. ET on Friday", "2024-03-08T08:30")],
    ),
    (
        "web-markets-prices-as-of-clock-date",
        "Prices as of 4:00 p.m. ET on March 4, 2024.",
        date(2024, 3, 5),
        [("4:00 p.m. ET on March 4, 2024", "2024-03-04T16:00")],
    ),
    ("web-markets-15-year-mortgage", "The 15-year fixed rate averaged 6.2%.", date(2024, 3, 7), [("15-year", "P15Y")]),
    (
        "web-markets-fed-meets-range",
        "The Fed meets March 19-20.",
        date(2024, 3, 5),
        [("March 19", "2024-03-19"), ("20", "2024-03-20")],
    ),
    (
        "web-dateline-bloomberg-tuesday",
        "(Bloomberg) -- Oil rose on Tuesday as traders weighed supply cuts.",
        date(2024, 3, 5),
        [("Tuesday", "2024-03-05")],
    ),
    (
        "web-byline-uk-weekday-date-clock",
        "Wednesday 6 March 2024 10:30",
        date(2024, 3, 6),
        [("Wednesday 6 March 2024 10:30", "2024-03-06T10:30")],
    ),
    (
        "web-sport-colon-score-not-clock",
        "Bayern beat Dortmund 2:0 on Saturday.",
        date(2024, 3, 4),
        [("Saturday", "2024-03-02")],
    ),
    (
        "web-correction-election-year",
        "An earlier version of this article gave the year of the election as 2025. It is due in 2026.",
        date(2024, 3, 5),
        [("2025", "2025"), ("2026", "2026")],
    ),
    (
        "web-embed-post-signature-uk-date",
        "— BBC Breaking News (@BBCBreaking) 5 March 2024",
        date(2024, 3, 5),
        [("5 March 2024", "2024-03-05")],
    ),
    (
        "web-bullets-numbered-past",
        "1. The bank raised rates in July.\n2. It held them in September.",
        date(2023, 11, 2),
        [("July", "2023-07"), ("September", "2023-09")],
    ),
    # --- an eleventh held-out batch: international news in English, written blind ---
    (
        "world-xinhua-dateline-tuesday",
        "NAIROBI, Kenya, March 5 (Xinhua) -- Kenya's parliament on Tuesday approved a new housing levy.",
        date(2024, 3, 5),
        [("March 5", "2024-03-05"), ("Tuesday", "2024-03-05")],
    ),
    (
        "world-afp-dateline-dec",
        "BEIJING, Dec 28 (AFP) - China's top legislature on Thursday passed a revised company law.",
        date(2023, 12, 28),
        [("Dec 28", "2023-12-28"), ("Thursday", "2023-12-28")],
    ),
    (
        "world-day-month-dateline-lagos",
        "LAGOS, 5 March (Reuters) - Nigeria's central bank raised its benchmark interest rate on Tuesday.",
        date(2024, 3, 5),
        [("5 March", "2024-03-05"), ("Tuesday", "2024-03-05")],
    ),
    (
        "world-dateline-with-year-dhaka",
        "DHAKA, Bangladesh, Jan. 8, 2024 (AP) -- Prime Minister Sheikh Hasina won a fourth straight term.",
        date(2024, 1, 8),
        [("Jan. 8, 2024", "2024-01-08")],
    ),
    (
        "world-dateline-yesterday-delhi",
        "NEW DELHI, March 5 (PTI) -- The Election Commission yesterday announced the schedule for the polls.",
        date(2024, 3, 5),
        [("March 5", "2024-03-05"), ("yesterday", "2024-03-04")],
    ),
    (
        "world-dateline-cairo-sunday-future",
        "CAIRO, March 19 (MENA) -- Egypt will host a regional summit on Sunday, the presidency said.",
        date(2025, 3, 19),
        [("March 19", "2025-03-19"), ("Sunday", "2025-03-23")],
    ),
    (
        "world-dateline-bogota-monday",
        "BOGOTA, Jan 6 (Reuters) - Colombia's government and the ELN rebels resumed peace talks on Monday.",
        date(2025, 1, 6),
        [("Jan 6", "2025-01-06"), ("Monday", "2025-01-06")],
    ),
    (
        "world-dateline-new-year-boundary",
        "TOKYO, Jan 2 (Reuters) - A powerful earthquake struck central Japan on Monday, killing dozens.",
        date(2024, 1, 2),
        [("Jan 2", "2024-01-02"), ("Monday", "2024-01-01")],
    ),
    (
        "world-march-5th-future",
        "The ministry said the talks would open on March 5th.",
        date(2024, 2, 26),
        [("March 5th", "2024-03-05")],
    ),
    (
        "world-5th-march-past",
        "The embassy reopened on 5th March after a two-week closure.",
        date(2024, 3, 12),
        [("5th March", "2024-03-05"), ("two-week", "P2W")],
    ),
    (
        "world-the-5th-of-march-future",
        "Voters will go to the polls on the 5th of March.",
        date(2024, 2, 20),
        [("the 5th of March", "2024-03-05")],
    ),
    (
        "world-day-month-comma-year",
        "The agreement was signed in Addis Ababa on 5 March, 2024.",
        date(2024, 3, 20),
        [("5 March, 2024", "2024-03-05")],
    ),
    (
        "world-day-month-year-no-comma",
        "The coup took place on 26 July 2023, the court heard.",
        date(2024, 3, 20),
        [("26 July 2023", "2023-07-26")],
    ),
    (
        "world-1st-of-may-past",
        "Workers in Jakarta rallied on the 1st of May.",
        date(2024, 5, 10),
        [("the 1st of May", "2024-05-01")],
    ),
    (
        "world-month-day-ordinal-year",
        "The new constitution was adopted on August 4th, 2010.",
        date(2024, 5, 10),
        [("August 4th, 2010", "2010-08-04")],
    ),
    (
        "world-weekday-comma-date",
        "The talks opened in Doha on Monday, March 4.",
        date(2024, 3, 5),
        [("Monday, March 4", "2024-03-04")],
    ),
    ("world-day-alone-ordinal", "The strike ended on the 9th.", date(2024, 3, 12), [("the 9th", "2024-03-09")]),
    (
        "world-monday-local-time",
        "The earthquake struck on Monday local time, the agency said.",
        date(2024, 3, 5),
        [("Monday", "2024-03-04")],
    ),
    (
        "world-early-sunday-local-time",
        "North Korea fired a ballistic missile early Sunday local time, Japan's defence ministry said.",
        date(2024, 3, 3),
        [("Sunday", "2024-03-03")],
    ),
    (
        "world-clock-local-time",
        "The blast occurred at 7.20am local time near the main market.",
        date(2024, 3, 5),
        [("7.20am", "2024-03-05T07:20")],
    ),
    (
        "world-ferry-clock-on-sunday",
        "The ferry capsized at 6.30am on Sunday, local officials said.",
        date(2024, 3, 5),
        [("6.30am on Sunday", "2024-03-03T06:30")],
    ),
    (
        "world-polls-closed-gmt-sunday",
        "Polls closed at 1600 GMT on Sunday.",
        date(2024, 3, 4),
        [("1600 GMT on Sunday", "2024-03-03T16:00")],
    ),
    ("world-rocket-utc", "The rocket lifted off at 0215 UTC.", date(2024, 3, 5), [("0215 UTC", "2024-03-05T02:15")]),
    (
        "world-ist-counting-tuesday",
        "Counting will begin at 8 a.m. IST on Tuesday.",
        date(2024, 6, 3),
        [("8 a.m. IST on Tuesday", "2024-06-04T08:00")],
    ),
    (
        "world-gmt-colon-clock",
        "The central bank announced its decision at 12:00 GMT.",
        date(2024, 3, 21),
        [("12:00 GMT", "2024-03-21T12:00")],
    ),
    (
        "world-hearing-resumes-10am-monday",
        "The hearing resumes at 10 a.m. on Monday.",
        date(2024, 3, 8),
        [("10 a.m. on Monday", "2024-03-11T10:00")],
    ),
    (
        "world-noon-on-friday-deadline",
        "The ultimatum expires at noon on Friday.",
        date(2024, 3, 5),
        [("noon on Friday", "2024-03-08T12:00")],
    ),
    (
        "world-truce-expired-midnight",
        "The truce expired at midnight, the army said.",
        date(2024, 3, 5),
        [("midnight", "2024-03-04T24:00")],
    ),
    (
        "world-curfew-midnight-saturday",
        "A curfew was imposed from midnight on Saturday.",
        date(2024, 3, 5),
        [("midnight on Saturday", "2024-03-02T24:00")],
    ),
    (
        "world-cet-clock",
        "The summit will open at 9:30 a.m. CET.",
        date(2024, 3, 20),
        [("9:30 a.m. CET", "2024-03-20T09:30")],
    ),
    (
        "world-quote-yesterday-sunday",
        '"We received the bodies yesterday," the governor told reporters on Sunday.',
        date(2024, 3, 5),
        [("yesterday", "2024-03-02"), ("Sunday", "2024-03-03")],
    ),
    (
        "world-quote-tomorrow-friday",
        '"The border will reopen tomorrow," the interior minister said on Friday.',
        date(2024, 3, 4),
        [("tomorrow", "2024-03-02"), ("Friday", "2024-03-01")],
    ),
    (
        "world-quote-no-day",
        '"Talks will continue tomorrow," a spokesman said.',
        date(2024, 3, 5),
        [("tomorrow", "2024-03-06")],
    ),
    (
        "world-quote-today-thursday",
        '"Today we have buried 40 people," the mayor said through an interpreter on Thursday.',
        date(2024, 3, 9),
        [("Today", "2024-03-07"), ("Thursday", "2024-03-07")],
    ),
    (
        "world-quote-british-single",
        "'We will sign the deal tomorrow,' the trade minister said on Wednesday.",
        date(2024, 3, 9),
        [("tomorrow", "2024-03-07"), ("Wednesday", "2024-03-06")],
    ),
    (
        "world-quote-last-week-monday",
        '"The rebels attacked the village last week," a resident told AFP on Monday.',
        date(2024, 3, 13),
        [("last week", "2024-W10"), ("Monday", "2024-03-11")],
    ),
    (
        "world-yesterday-told-parliament",
        "The prime minister told parliament yesterday that the budget would be tabled on 28 February.",
        date(2025, 2, 12),
        [("yesterday", "2025-02-11"), ("28 February", "2025-02-28")],
    ),
    (
        "world-indirect-tomorrow",
        "The Prime Minister will inaugurate the bridge tomorrow.",
        date(2024, 3, 5),
        [("tomorrow", "2024-03-06")],
    ),
    (
        "world-quote-next-week-saturday",
        '"Our troops will withdraw next week," the general said on Saturday.',
        date(2024, 3, 5),
        [("next week", "2024-W10"), ("Saturday", "2024-03-02")],
    ),
    (
        "world-christmas-day-past-january",
        "Heavy snow fell on Christmas Day, stranding thousands of travellers.",
        date(2024, 1, 2),
        [("Christmas Day", "2023-12-25")],
    ),
    (
        "world-new-years-day-quake",
        "A 7.5-magnitude earthquake struck western Japan on New Year's Day.",
        date(2024, 1, 3),
        [("New Year's Day", "2024-01-01")],
    ),
    (
        "world-new-years-eve-manila",
        "Police in Manila reported 30 firecracker injuries on New Year's Eve.",
        date(2024, 1, 2),
        [("New Year's Eve", "2023-12-31")],
    ),
    (
        "world-christmas-eve-future",
        "The pope will celebrate Mass in St Peter's Basilica on Christmas Eve.",
        date(2024, 12, 23),
        [("Christmas Eve", "2024-12-24")],
    ),
    (
        "world-before-christmas-future",
        "Negotiators hope to reach a deal before Christmas.",
        date(2024, 12, 9),
        [("Christmas", "2024-12-25")],
    ),
    (
        "world-boxing-day-tsunami",
        "The tsunami struck on Boxing Day, killing thousands along the coast.",
        date(2025, 1, 6),
        [("Boxing Day", "2024-12-26")],
    ),
    (
        "world-easter-future",
        "Pilgrims are expected to flock to Jerusalem for Easter.",
        date(2025, 4, 16),
        [("Easter", "2025-04-20")],
    ),
    (
        "world-good-friday-future",
        "Government offices will close on Good Friday.",
        date(2025, 4, 16),
        [("Good Friday", "2025-04-18")],
    ),
    (
        "world-easter-sunday-past",
        "The bombings on Easter Sunday killed more than 250 people.",
        date(2019, 4, 25),
        [("Easter Sunday", "2019-04-21")],
    ),
    (
        "world-easter-monday-past",
        "Traffic was light on Easter Monday.",
        date(2024, 4, 3),
        [("Easter Monday", "2024-04-01")],
    ),
    (
        "world-new-year-future",
        "Parliament will debate the bill in the new year.",
        date(2023, 12, 28),
        [("the new year", "2024")],
    ),
    (
        "world-christmas-sunday-ceasefire",
        "The ceasefire collapsed on Sunday.",
        date(2024, 1, 2),
        [("Sunday", "2023-12-31")],
    ),
    (
        "world-taiwan-election-january",
        "Taiwan will hold its presidential election on Jan. 13.",
        date(2023, 12, 28),
        [("Jan. 13", "2024-01-13")],
    ),
    (
        "world-bangladesh-voted-january",
        "Bangladesh voted on January 7 in an election boycotted by the main opposition.",
        date(2024, 1, 10),
        [("January 7", "2024-01-07")],
    ),
    (
        "world-summit-next-year",
        "The next summit will be held in Jakarta next year.",
        date(2023, 12, 28),
        [("next year", "2024")],
    ),
    (
        "world-senegal-february-future",
        "Voters in Senegal will choose a new president in February.",
        date(2023, 12, 28),
        [("February", "2024-02")],
    ),
    (
        "world-cop-ended-december",
        "The COP28 climate summit ended in Dubai on Dec. 13.",
        date(2024, 1, 2),
        [("Dec. 13", "2023-12-13")],
    ),
    (
        "world-sworn-in-next-month",
        "The new government will be sworn in next month.",
        date(2023, 12, 28),
        [("next month", "2024-01")],
    ),
    (
        "world-inflation-last-month",
        "Inflation in Turkey rose to 65 percent last month.",
        date(2024, 1, 3),
        [("last month", "2023-12")],
    ),
    ("world-exports-december", "Exports fell 4 percent in December.", date(2024, 1, 12), [("December", "2023-12")]),
    (
        "world-tariffs-take-effect-january",
        "The new tariffs take effect in January.",
        date(2023, 12, 28),
        [("January", "2024-01")],
    ),
    (
        "world-law-comes-into-force-jan-1",
        "The law comes into force on January 1.",
        date(2023, 12, 28),
        [("January 1", "2024-01-01")],
    ),
    (
        "world-law-came-into-force-jan-1",
        "The law came into force on Jan. 1.",
        date(2024, 1, 8),
        [("Jan. 1", "2024-01-01")],
    ),
    (
        "world-grew-last-year-said-wednesday",
        "The economy grew 5.2 percent last year, the statistics bureau said on Wednesday.",
        date(2024, 1, 17),
        [("last year", "2023"), ("Wednesday", "2024-01-17")],
    ),
    (
        "world-gdp-fourth-quarter",
        "China's economy grew 5.2 percent in the fourth quarter.",
        date(2024, 1, 17),
        [("the fourth quarter", "2023-Q4")],
    ),
    (
        "world-first-quarter-of-2024",
        "The central bank expects inflation to peak in the first quarter of 2024.",
        date(2023, 12, 28),
        [("the first quarter of 2024", "2024-Q1")],
    ),
    (
        "world-mexico-june-2",
        "Mexicans will elect a new president on June 2.",
        date(2024, 5, 20),
        [("June 2", "2024-06-02")],
    ),
    (
        "world-au-met-thursday",
        "Leaders of the African Union met in Addis Ababa on Thursday.",
        date(2024, 2, 16),
        [("Thursday", "2024-02-15")],
    ),
    (
        "world-asean-meet-friday",
        "ASEAN foreign ministers meet in Vientiane on Friday.",
        date(2024, 7, 24),
        [("Friday", "2024-07-26")],
    ),
    (
        "world-results-last-week",
        "Indonesia's election commission announced the official results last week.",
        date(2024, 3, 25),
        [("last week", "2024-W12")],
    ),
    (
        "world-runoff-in-two-weeks-later",
        "The ruling party won the first round on 14 May. Two weeks later, the opposition called for a recount.",
        date(2023, 6, 14),
        [("14 May", "2023-05-14"), ("Two weeks later", "2023-W21")],
    ),
    (
        "world-next-day-fled",
        "Troops entered the capital on 3 January. The next day, the president fled the country.",
        date(2025, 1, 6),
        [("3 January", "2025-01-03"), ("The next day", "2025-01-04")],
    ),
    ("world-mid-march-elections", "Elections are due in mid-March.", date(2024, 2, 1), [("mid-March", "2024-03")]),
    (
        "world-summit-sunday-announced",
        "The summit, which opened on Sunday, will end on Tuesday.",
        date(2024, 3, 4),
        [("Sunday", "2024-03-03"), ("Tuesday", "2024-03-05")],
    ),
    (
        "world-in-2019-won",
        "The party last won a majority in 2019 and lost it in 2024.",
        date(2025, 3, 19),
        [("2019", "2019"), ("2024", "2024")],
    ),
    (
        "world-overnight-said-wednesday",
        "Air strikes hit the city overnight, the health ministry said on Wednesday.",
        date(2024, 3, 6),
        [("overnight", "2024-03-05TNI"), ("Wednesday", "2024-03-06")],
    ),
    (
        "world-late-saturday",
        "Gunmen attacked a church in the north late on Saturday.",
        date(2024, 3, 4),
        [("Saturday", "2024-03-02")],
    ),
    (
        "world-two-days-ago-cyclone",
        "The cyclone made landfall two days ago.",
        date(2024, 3, 5),
        [("two days ago", "2024-03-03")],
    ),
    (
        "world-this-evening-cabinet",
        "The cabinet meets this evening to discuss the crisis.",
        date(2024, 3, 5),
        [("this evening", "2024-03-05TEV")],
    ),
    (
        "world-weekend-clashes",
        "Protesters clashed with police over the weekend.",
        date(2024, 3, 4),
        [("the weekend", "2024-W09-WE")],
    ),
    ("world-since-january", "Protests have continued since January.", date(2024, 3, 5), [("January", "2024-01")]),
    (
        "world-possessive-monday-attack",
        "Police said Monday's attack in the capital killed 12 people.",
        date(2024, 3, 6),
        [("Monday", "2024-03-04")],
    ),
    (
        "world-plan-to-march-friday",
        "Thousands plan to march on the capital on Friday.",
        date(2024, 3, 5),
        [("Friday", "2024-03-08")],
    ),
    (
        "world-sunday-morning-sirens",
        "Sirens sounded across the city on Sunday morning.",
        date(2024, 3, 4),
        [("Sunday morning", "2024-03-03TMO")],
    ),
    (
        "world-tuesday-night-shelling",
        "Shelling continued on Tuesday night, residents said.",
        date(2024, 3, 6),
        [("Tuesday night", "2024-03-05TNI")],
    ),
    (
        "world-a-week-ago",
        "The ship was seized a week ago off the coast of Yemen.",
        date(2024, 3, 5),
        [("a week ago", "2024-W09")],
    ),
    (
        "world-earlier-this-month",
        "Floods earlier this month killed at least 40 people.",
        date(2024, 3, 20),
        [("earlier this month", "2024-03")],
    ),
    (
        "world-this-year-growth",
        "The IMF expects the economy to grow 3 percent this year.",
        date(2024, 3, 5),
        [("this year", "2024")],
    ),
    (
        "world-next-tuesday",
        "The court will deliver its verdict next Tuesday.",
        date(2024, 3, 7),
        [("next Tuesday", "2024-03-12")],
    ),
    ("world-last-friday", "The minister resigned last Friday.", date(2024, 3, 5), [("last Friday", "2024-03-01")]),
    ("world-curfew-48-hours", "The curfew lasted 48 hours.", date(2024, 3, 5), [("48 hours", "PT48H")]),
    ("world-talks-three-days", "The talks lasted three days.", date(2024, 3, 5), [("three days", "P3D")]),
    (
        "world-four-day-visit",
        "The president began a four-day visit to Kenya on Sunday.",
        date(2024, 3, 5),
        [("four-day", "P4D"), ("Sunday", "2024-03-03")],
    ),
    (
        "world-every-friday-protest",
        "Protesters gather outside parliament every Friday.",
        date(2024, 3, 5),
        [("every Friday", "XXXX-WXX-5")],
    ),
    (
        "world-flights-daily-from-april",
        "Flights between the two capitals will run daily from April.",
        date(2024, 3, 5),
        [("daily", "P1D"), ("April", "2024-04")],
    ),
    (
        "world-civil-war-1990s",
        "Algeria's civil war in the 1990s killed up to 200,000 people.",
        date(2024, 3, 5),
        [("the 1990s", "199")],
    ),
    (
        "world-19th-century-treaty",
        "The border was drawn by a treaty in the 19th century.",
        date(2024, 3, 5),
        [("the 19th century", "18")],
    ),
    ("world-four-years-ago", "The junta seized power four years ago.", date(2024, 3, 5), [("four years ago", "2020")]),
    (
        "world-past-decade",
        "Temperatures in the Sahel have risen over the past decade.",
        date(2024, 3, 5),
        [("the past decade", "P10Y")],
    ),
    (
        "world-summer-of-2022",
        "Floods submerged a third of Pakistan in the summer of 2022.",
        date(2024, 3, 5),
        [("the summer of 2022", "2022-SU")],
    ),
    ("world-now-prices", "Food prices are now 40 percent higher.", date(2024, 3, 5), [("now", "PRESENT_REF")]),
    ("world-trap-easter-island", "Chile's navy patrols the waters off Easter Island.", date(2024, 3, 5), []),
    ("world-trap-christmas-island", "The asylum seekers were flown to Christmas Island.", date(2024, 3, 5), []),
    ("world-trap-march-23-movement", "Fighters of the March 23 Movement seized the town.", date(2024, 3, 5), []),
    (
        "world-trap-6th-of-october-bridge",
        "Traffic was halted on the 6th of October Bridge in Cairo.",
        date(2024, 3, 5),
        [],
    ),
    (
        "world-trap-avenida-9-de-julio",
        "Thousands gathered on Avenida 9 de Julio in Buenos Aires.",
        date(2024, 3, 5),
        [],
    ),
    (
        "world-trap-daily-nation-monday",
        "The Daily Nation reported on Monday that the minister had resigned.",
        date(2024, 3, 5),
        [("Monday", "2024-03-04")],
    ),
    ("world-trap-al-ahram-weekly", "Al-Ahram Weekly published the interview in full.", date(2024, 3, 5), []),
    (
        "world-trap-india-today-april",
        "India Today reported that the vote would be held in April.",
        date(2024, 3, 5),
        [("April", "2024-04")],
    ),
    ("world-trap-china-daily", "China Daily said the plan had the backing of the leadership.", date(2024, 3, 5), []),
    ("world-trap-april-6-movement", "Members of the April 6 Youth Movement were arrested.", date(2024, 3, 5), []),
    ("world-trap-14-march-alliance", "Lebanon's 14 March alliance boycotted the session.", date(2024, 3, 5), []),
    ("world-trap-26th-of-july-movement", "Castro founded the 26th of July Movement.", date(2024, 3, 5), []),
    (
        "world-trap-tenth-of-ramadan-city",
        "The factory is in Tenth of Ramadan City, east of Cairo.",
        date(2024, 3, 5),
        [],
    ),
    ("world-trap-arab-spring", "The country has struggled since the Arab Spring.", date(2024, 3, 5), []),
    (
        "world-trap-summer-palace-sunday",
        "Tourists crowded the Summer Palace on Sunday.",
        date(2024, 3, 5),
        [("Sunday", "2024-03-03")],
    ),
    (
        "world-trap-winter-olympics-2026",
        "Milan and Cortina will host the 2026 Winter Olympics.",
        date(2024, 3, 5),
        [("2026", "2026")],
    ),
    ("world-trap-april-name", "The report was written by April Chen, a researcher in Taipei.", date(2024, 3, 5), []),
    ("world-trap-may-modal", "The government may impose a curfew if the unrest spreads.", date(2024, 3, 5), []),
    (
        "world-trap-prague-spring",
        "Soviet tanks crushed the Prague Spring in August 1968.",
        date(2024, 3, 5),
        [("August 1968", "1968-08")],
    ),
    (
        "world-trap-sunday-times-sri-lanka",
        "The Sunday Times in Colombo reported the arrests on Friday.",
        date(2024, 3, 5),
        [("Friday", "2024-03-01")],
    ),
    ("world-trap-g20-not-time", "The G20 summit in New Delhi adopted a joint declaration.", date(2024, 3, 5), []),
    (
        "world-trap-15th-floor-dhaka",
        "The fire broke out on the 7th floor of the building in Dhaka.",
        date(2024, 3, 5),
        [],
    ),
    (
        "world-trap-good-friday-agreement-belfast",
        "Ministers in Belfast marked the anniversary of the Good Friday Agreement.",
        date(2024, 4, 10),
        [],
    ),
    # --- a twelfth held-out batch: durations and sets in context, written blind ---
    (
        "length-for-three-weeks",
        "Protesters occupied the square for three weeks.",
        date(2022, 3, 3),
        [("three weeks", "P3W")],
    ),
    (
        "length-past-decade-over",
        "Over the past decade, rents in the capital have doubled.",
        date(2023, 5, 10),
        [("the past decade", "P10Y")],
    ),
    (
        "length-within-48-hours",
        "The ministry promised a decision within 48 hours.",
        date(2024, 7, 18),
        [("48 hours", "PT48H")],
    ),
    (
        "length-last-24-hours",
        "Police made 40 arrests in the last 24 hours.",
        date(2025, 1, 14),
        [("the last 24 hours", "PT24H")],
    ),
    (
        "length-past-48-hours",
        "More than 300 rockets were fired in the past 48 hours.",
        date(2022, 11, 28),
        [("the past 48 hours", "PT48H")],
    ),
    ("length-for-a-month", "The border crossing was closed for a month.", date(2024, 10, 5), [("a month", "P1M")]),
    ("length-ten-days", "The search continued for ten days.", date(2021, 12, 15), [("ten days", "P10D")]),
    (
        "length-five-years-jail",
        "The former mayor was jailed for five years.",
        date(2025, 6, 2),
        [("five years", "P5Y")],
    ),
    ("length-40-minutes", "The rescue took 40 minutes.", date(2023, 2, 17), [("40 minutes", "PT40M")]),
    (
        "length-two-hours",
        "Passengers were stuck on the train for two hours.",
        date(2024, 12, 20),
        [("two hours", "PT2H")],
    ),
    ("length-a-week-served", "He spent a week in hospital.", date(2022, 3, 3), [("a week", "P1W")]),
    (
        "length-a-century",
        "The family has farmed the valley for a century.",
        date(2023, 5, 10),
        [("a century", "P100Y")],
    ),
    (
        "length-half-century",
        "The treaty kept the peace for half a century.",
        date(2024, 7, 18),
        [("half a century", "P50Y")],
    ),
    ("length-six-decades", "The dictatorship lasted six decades.", date(2025, 1, 14), [("six decades", "P60Y")]),
    (
        "length-first-100-days",
        "The president set out his goals for the first 100 days.",
        date(2022, 11, 28),
        [("the first 100 days", "P100D")],
    ),
    (
        "length-three-consecutive-years",
        "Profits fell for three consecutive years.",
        date(2024, 10, 5),
        [("three consecutive years", "P3Y")],
    ),
    (
        "length-five-straight-quarters",
        "The economy shrank for five straight quarters.",
        date(2021, 12, 15),
        [("five straight quarters", "P5Q")],
    ),
    (
        "length-past-three-weeks",
        "Fighting has intensified over the past three weeks.",
        date(2025, 6, 2),
        [("the past three weeks", "P3W")],
    ),
    (
        "length-last-two-decades",
        "The town's population has halved over the last two decades.",
        date(2023, 2, 17),
        [("the last two decades", "P20Y")],
    ),
    (
        "length-next-two-years",
        "The company will cut 2,000 jobs over the next two years.",
        date(2024, 12, 20),
        [("the next two years", "P2Y")],
    ),
    (
        "length-next-24-hours",
        "Forecasters expect heavy snow in the next 24 hours.",
        date(2022, 3, 3),
        [("the next 24 hours", "PT24H")],
    ),
    (
        "length-previous-six-months",
        "Sales had fallen in the previous six months.",
        date(2023, 5, 10),
        [("the previous six months", "P6M")],
    ),
    (
        "length-the-48-hours-before",
        "In the 48 hours before the vote, both sides held rallies.",
        date(2024, 7, 18),
        [("the 48 hours", "PT48H")],
    ),
    (
        "length-past-century",
        "Sea levels have risen over the past century.",
        date(2025, 1, 14),
        [("the past century", "P100Y")],
    ),
    (
        "length-past-two-quarters",
        "The retailer has lost money in the past two quarters.",
        date(2022, 11, 28),
        [("the past two quarters", "P2Q")],
    ),
    (
        "length-twelve-months-to-march",
        "Inflation was 3 percent in the 12 months to March.",
        date(2023, 4, 19),
        [("the 12 months", "P12M"), ("March", "2023-03")],
    ),
    (
        "length-two-hours-15-minutes",
        "The debate ran for two hours and 15 minutes.",
        date(2024, 10, 5),
        [("two hours and 15 minutes", "PT2H15M")],
    ),
    (
        "length-four-days-12-hours",
        "The standoff lasted four days and 12 hours.",
        date(2021, 12, 15),
        [("four days and 12 hours", "P4DT12H")],
    ),
    (
        "length-one-year-six-months",
        "She was sentenced to one year and six months.",
        date(2025, 6, 2),
        [("one year and six months", "P1Y6M")],
    ),
    (
        "length-hour-and-a-half",
        "Fans waited an hour and a half for the band.",
        date(2023, 2, 17),
        [("an hour and a half", "PT1H30M")],
    ),
    (
        "length-two-and-a-half-days",
        "The summit stretched to two and a half days.",
        date(2024, 12, 20),
        [("two and a half days", "P2DT12H")],
    ),
    (
        "length-half-an-hour-delay",
        "The train was delayed by half an hour.",
        date(2022, 3, 3),
        [("half an hour", "PT30M")],
    ),
    ("length-4-5-years", "The project took 4.5 years to complete.", date(2023, 5, 10), [("4.5 years", "P4Y6M")]),
    (
        "length-more-than-a-year",
        "The factory has been idle for more than a year.",
        date(2024, 7, 18),
        [("more than a year", "P1Y")],
    ),
    (
        "length-nearly-two-decades",
        "She has run the charity for nearly two decades.",
        date(2025, 1, 14),
        [("nearly two decades", "P20Y")],
    ),
    (
        "length-about-six-hours",
        "The power cut lasted about six hours.",
        date(2022, 11, 28),
        [("about six hours", "PT6H")],
    ),
    (
        "length-at-least-a-decade",
        "The reactor will stay shut for at least a decade.",
        date(2024, 10, 5),
        [("at least a decade", "P10Y")],
    ),
    (
        "length-up-to-ten-years",
        "Smugglers face up to ten years in prison.",
        date(2021, 12, 15),
        [("up to ten years", "P10Y")],
    ),
    (
        "length-just-over-two-hours",
        "The match lasted just over two hours.",
        date(2025, 6, 2),
        [("just over two hours", "PT2H")],
    ),
    (
        "length-a-year-or-so",
        "The bridge will be closed for a year or so.",
        date(2023, 2, 17),
        [("a year or so", "P1Y")],
    ),
    (
        "length-three-weeks-or-so",
        "Repairs should take three weeks or so.",
        date(2024, 12, 20),
        [("three weeks or so", "P3W")],
    ),
    ("length-almost-a-year", "The hostages were held for almost a year.", date(2022, 3, 3), [("almost a year", "P1Y")]),
    (
        "length-roughly-six-months",
        "The inquiry will take roughly six months.",
        date(2023, 5, 10),
        [("roughly six months", "P6M")],
    ),
    ("length-around-two-weeks", "Voting lasts around two weeks.", date(2024, 7, 18), [("around two weeks", "P2W")]),
    (
        "length-less-than-a-week",
        "The ceasefire held for less than a week.",
        date(2025, 1, 14),
        [("less than a week", "P1W")],
    ),
    (
        "length-more-than-two-decades",
        "The lawsuit dragged on for more than two decades.",
        date(2022, 11, 28),
        [("more than two decades", "P20Y")],
    ),
    (
        "length-nearly-40-years",
        "He taught at the school for nearly 40 years.",
        date(2024, 10, 5),
        [("nearly 40 years", "P40Y")],
    ),
    (
        "length-over-a-decade",
        "The mine has been closed for over a decade.",
        date(2021, 12, 15),
        [("over a decade", "P10Y")],
    ),
    (
        "length-some-20-years",
        "The two countries fought for some 20 years.",
        date(2025, 6, 2),
        [("some 20 years", "P20Y")],
    ),
    (
        "length-approximately-90-minutes",
        "The operation took approximately 90 minutes.",
        date(2023, 2, 17),
        [("approximately 90 minutes", "PT90M")],
    ),
    (
        "length-at-least-three-months",
        "Officials said the repairs would take at least three months.",
        date(2024, 12, 20),
        [("at least three months", "P3M")],
    ),
    (
        "length-more-than-100-days",
        "The strike has lasted more than 100 days.",
        date(2022, 3, 3),
        [("more than 100 days", "P100D")],
    ),
    (
        "length-nearly-a-month",
        "Flights were grounded for nearly a month.",
        date(2023, 5, 10),
        [("nearly a month", "P1M")],
    ),
    (
        "length-two-to-three-years",
        "Construction will take two to three years.",
        date(2024, 7, 18),
        [("two to three years", "P2Y")],
    ),
    (
        "length-six-or-seven-hours",
        "The crossing takes six or seven hours.",
        date(2025, 1, 14),
        [("six or seven hours", "PT6H")],
    ),
    (
        "length-next-six-to-nine-months",
        "Prices should ease over the next six to nine months.",
        date(2022, 11, 28),
        [("the next six to nine months", "P6M")],
    ),
    (
        "length-next-few-weeks",
        "Prices are expected to rise in the next few weeks.",
        date(2024, 10, 5),
        [("the next few weeks", "PXW")],
    ),
    (
        "length-next-few-days",
        "A decision is expected in the next few days.",
        date(2021, 12, 15),
        [("the next few days", "PXD")],
    ),
    ("length-for-decades", "The two families have feuded for decades.", date(2025, 6, 2), [("decades", "PXY")]),
    ("length-for-months", "Residents have complained for months.", date(2023, 2, 17), [("months", "PXM")]),
    ("length-several-years", "The reform will take several years.", date(2024, 12, 20), [("several years", "PXY")]),
    ("length-a-few-hours", "The road reopened after a few hours.", date(2022, 3, 3), [("a few hours", "PTXH")]),
    (
        "length-days-or-weeks",
        "An agreement could come within days or weeks.",
        date(2023, 5, 10),
        [("days or weeks", "PXD")],
    ),
    ("length-many-years", "He lived abroad for many years.", date(2024, 7, 18), [("many years", "PXY")]),
    (
        "length-coming-months",
        "The bank will cut rates in the coming months.",
        date(2025, 1, 14),
        [("the coming months", "FUTURE_REF")],
    ),
    (
        "length-recent-years",
        "In recent years, tourism has boomed in the region.",
        date(2022, 11, 28),
        [("recent years", "PAST_REF")],
    ),
    (
        "length-recent-months",
        "Attacks on shipping have increased in recent months.",
        date(2024, 10, 5),
        [("recent months", "PAST_REF")],
    ),
    (
        "length-coming-weeks",
        "More troops will arrive in coming weeks.",
        date(2021, 12, 15),
        [("coming weeks", "FUTURE_REF")],
    ),
    (
        "length-coming-days",
        "Talks will resume in the coming days.",
        date(2025, 6, 2),
        [("the coming days", "FUTURE_REF")],
    ),
    (
        "length-recent-decades",
        "Glaciers have retreated in recent decades.",
        date(2023, 2, 17),
        [("recent decades", "PAST_REF")],
    ),
    (
        "length-past-year-calendar",
        "Prices rose 4 percent over the past year.",
        date(2023, 5, 10),
        [("the past year", "2022")],
    ),
    (
        "length-past-month-calendar",
        "Sales fell over the past month.",
        date(2024, 7, 18),
        [("the past month", "2024-06")],
    ),
    (
        "length-past-week-calendar",
        "Three ministers resigned over the past week.",
        date(2022, 3, 3),
        [("the past week", "2022-W08")],
    ),
    (
        "length-six-month-contract",
        "The striker signed a six-month contract.",
        date(2025, 1, 14),
        [("six-month", "P6M")],
    ),
    ("length-10-day-trial", "The 10-day trial heard from 40 witnesses.", date(2022, 11, 28), [("10-day", "P10D")]),
    ("length-48-hour-strike", "Dockworkers walked out in a 48-hour strike.", date(2024, 10, 5), [("48-hour", "PT48H")]),
    (
        "length-decade-long-war",
        "The decade-long war left the country in ruins.",
        date(2021, 12, 15),
        [("decade-long", "P10Y")],
    ),
    ("length-year-long-inquiry", "A year-long inquiry found no wrongdoing.", date(2025, 6, 2), [("year-long", "P1Y")]),
    (
        "length-months-long-siege",
        "The months-long siege ended in surrender.",
        date(2023, 2, 17),
        [("months-long", "PXM")],
    ),
    (
        "length-weeks-long-strike",
        "A weeks-long strike has shut the refinery.",
        date(2024, 12, 20),
        [("weeks-long", "PXW")],
    ),
    ("length-hour-long-speech", "The president gave an hour-long speech.", date(2022, 3, 3), [("hour-long", "PT1H")]),
    (
        "length-three-month-long",
        "A three-month-long audit found gaps.",
        date(2023, 5, 10),
        [("three-month-long", "P3M")],
    ),
    (
        "length-90-minute-meeting",
        "The two leaders held a 90-minute meeting.",
        date(2024, 7, 18),
        [("90-minute", "PT90M")],
    ),
    ("length-30-year-mortgage", "The rate on a 30-year mortgage rose.", date(2025, 1, 14), [("30-year", "P30Y")]),
    (
        "length-five-day-week",
        "Staff will move to a four-day week from a five-day week.",
        date(2022, 11, 28),
        [("four-day", "P4D"), ("five-day", "P5D")],
    ),
    (
        "length-two-year-deal",
        "The club agreed a two-year deal with the coach.",
        date(2024, 10, 5),
        [("two-year", "P2Y")],
    ),
    ("length-three-hour-delay", "Passengers faced a three-hour delay.", date(2021, 12, 15), [("three-hour", "PT3H")]),
    ("length-ten-year-low", "The pound fell to a ten-year low.", date(2025, 6, 2), [("ten-year", "P10Y")]),
    ("length-trap-two-year-old", "A two-year-old was pulled from the river.", date(2023, 2, 17), []),
    ("length-trap-17-year-old-boy", "A 17-year-old boy was arrested.", date(2024, 12, 20), []),
    ("length-trap-six-month-old", "The six-month-old baby was unharmed.", date(2022, 3, 3), []),
    ("length-trap-years-old-house", "The house, 200 years old, was destroyed.", date(2023, 5, 10), []),
    ("length-trap-century-old", "Firefighters saved the century-old church.", date(2024, 7, 18), []),
    ("length-trap-decades-old", "The ruling settles a decades-old dispute.", date(2025, 1, 14), []),
    (
        "length-trap-round-the-clock",
        "The city ran round-the-clock shuttle buses during the games.",
        date(2022, 11, 28),
        [],
    ),
    ("length-trap-around-the-clock", "Crews are working around the clock to clear the line.", date(2024, 10, 5), []),
    ("length-trap-daily-mail", "The Daily Mail first reported the story.", date(2021, 12, 15), []),
    (
        "length-every-six-months",
        "Patients must be checked every six months.",
        date(2025, 6, 2),
        [("every six months", "P6M")],
    ),
    (
        "length-twice-weekly",
        "The ferry sails to the island twice weekly.",
        date(2023, 2, 17),
        [("twice weekly", "P1W")],
    ),
    ("length-once-a-month", "The committee meets once a month.", date(2024, 12, 20), [("once a month", "P1M")]),
    (
        "length-three-times-a-year",
        "Inspectors visit the plant three times a year.",
        date(2022, 3, 3),
        [("three times a year", "P1Y")],
    ),
    ("length-twice-a-day", "Guards check the cells twice a day.", date(2023, 5, 10), [("twice a day", "P1D")]),
    ("length-four-times-a-week", "He trains four times a week.", date(2024, 7, 18), [("four times a week", "P1W")]),
    ("length-annually", "The prize is awarded annually.", date(2025, 1, 14), [("annually", "P1Y")]),
    ("length-quarterly-dividend", "The company pays a quarterly dividend.", date(2022, 11, 28), [("quarterly", "P1Q")]),
    ("length-quarterly-adverb", "The index is updated quarterly.", date(2024, 10, 5), [("quarterly", "P1Q")]),
    ("length-hourly", "Buses leave the station hourly.", date(2021, 12, 15), [("hourly", "PT1H")]),
    ("length-yearly", "The festival is held yearly.", date(2025, 6, 2), [("yearly", "P1Y")]),
    (
        "length-weekly-meetings",
        "The minister holds weekly meetings with union leaders.",
        date(2023, 2, 17),
        [("weekly", "P1W")],
    ),
    ("length-monthly-bill", "The average monthly bill will rise.", date(2024, 12, 20), [("monthly", "P1M")]),
    ("length-on-sundays", "The museum is closed on Sundays.", date(2022, 3, 3), [("Sundays", "XXXX-WXX-7")]),
    (
        "length-mondays-and-thursdays",
        "The clinic is open Mondays and Thursdays.",
        date(2023, 5, 10),
        [("Mondays", "XXXX-WXX-1"), ("Thursdays", "XXXX-WXX-4")],
    ),
    (
        "length-saturday-mornings",
        "The market runs on Saturday mornings.",
        date(2024, 7, 18),
        [("Saturday mornings", "XXXX-WXX-6TMO")],
    ),
    ("length-each-summer", "Tourists flock to the lake each summer.", date(2025, 1, 14), [("each summer", "XXXX-SU")]),
    (
        "length-every-autumn",
        "Farmers burn the stubble every autumn.",
        date(2022, 11, 28),
        [("every autumn", "XXXX-FA")],
    ),
    ("length-every-winter", "The pass is closed every winter.", date(2024, 10, 5), [("every winter", "XXXX-WI")]),
    (
        "length-every-other-month",
        "The magazine appears every other month.",
        date(2021, 12, 15),
        [("every other month", "P2M")],
    ),
    (
        "length-every-other-year",
        "The biennale is held every other year.",
        date(2025, 6, 2),
        [("every other year", "P2Y")],
    ),
    ("length-every-day", "Thousands of commuters use the bridge every day.", date(2023, 2, 17), [("every day", "P1D")]),
    ("length-each-year", "Each year, the charity feeds 10,000 families.", date(2024, 12, 20), [("Each year", "P1Y")]),
    ("length-every-15-minutes", "Shuttles run every 15 minutes.", date(2022, 3, 3), [("every 15 minutes", "PT15M")]),
    (
        "length-every-four-years-games",
        "The Games are held every four years.",
        date(2023, 5, 10),
        [("every four years", "P4Y")],
    ),
    (
        "length-every-night",
        "Sirens sound every night in the city.",
        date(2024, 7, 18),
        [("every night", "XXXX-XX-XXTNI")],
    ),
    (
        "length-every-friday-night",
        "Volunteers patrol the streets every Friday night.",
        date(2025, 1, 14),
        [("every Friday night", "XXXX-WXX-5TNI")],
    ),
    ("length-each-january", "Sales slump each January.", date(2022, 11, 28), [("each January", "XXXX-01")]),
    ("length-on-weekends", "The trains do not run on weekends.", date(2024, 10, 5), [("weekends", "XXXX-WXX-WE")]),
    (
        "length-every-weekend",
        "The family visits the coast every weekend.",
        date(2021, 12, 15),
        [("every weekend", "XXXX-WXX-WE")],
    ),
    ("length-five-dollars-a-day", "Day labourers earn about $5 a day.", date(2025, 6, 2), [("a day", "P1D")]),
    ("length-barrels-per-day", "The field pumps 1.2 million barrels per day.", date(2023, 2, 17), [("per day", "P1D")]),
    ("length-million-a-year", "The scheme costs $40 million a year.", date(2024, 12, 20), [("a year", "P1Y")]),
    ("length-percent-a-year", "The economy grew 3 percent a year.", date(2022, 3, 3), [("a year", "P1Y")]),
    (
        "length-percent-sign-a-year",
        "Rents have risen 7% a year since 2019.",
        date(2023, 5, 10),
        [("a year", "P1Y"), ("2019", "2019")],
    ),
    ("length-500-a-month", "Tenants pay 500 euros a month.", date(2024, 7, 18), [("a month", "P1M")]),
    ("length-15-an-hour", "Warehouse staff will earn $15 an hour.", date(2025, 1, 14), [("an hour", "PT1H")]),
    ("length-trap-for-a-year", "The ambassador was recalled for a year.", date(2022, 11, 28), [("a year", "P1Y")]),
    (
        "length-first-time-in-20-years",
        "The river froze for the first time in 20 years.",
        date(2024, 10, 5),
        [("20 years", "P20Y")],
    ),
    (
        "length-first-time-in-a-decade",
        "The party won the seat for the first time in a decade.",
        date(2021, 12, 15),
        [("a decade", "P10Y")],
    ),
    (
        "length-first-time-more-than-century",
        "The cup returned home for the first time in more than a century.",
        date(2025, 6, 2),
        [("more than a century", "P100Y")],
    ),
    (
        "length-three-day-visit-starting-monday",
        "The president will begin a three-day visit to Japan starting Monday.",
        date(2022, 3, 3),
        [("three-day", "P3D"), ("Monday", "2022-03-07")],
    ),
    (
        "length-two-weeks-after-election",
        "The coalition collapsed two weeks after the election.",
        date(2023, 2, 17),
        [("two weeks", "P2W")],
    ),
    (
        "length-closed-three-weeks-from-monday",
        "The museum will close for three weeks from Monday.",
        date(2023, 2, 17),
        [("three weeks", "P3W"), ("Monday", "2023-02-20")],
    ),
    (
        "length-10-day-trial-ended-friday",
        "The 10-day trial ended on Friday with a guilty verdict.",
        date(2022, 11, 28),
        [("10-day", "P10D"), ("Friday", "2022-11-25")],
    ),
    (
        "length-48-hour-strike-tuesday",
        "Rail workers began a 48-hour strike on Tuesday.",
        date(2024, 10, 5),
        [("48-hour", "PT48H"), ("Tuesday", "2024-10-01")],
    ),
    (
        "length-talks-began-march-1-nine-days",
        "The talks, which began on March 1, lasted nine days.",
        date(2023, 3, 20),
        [("March 1", "2023-03-01"), ("nine days", "P9D")],
    ),
    (
        "length-six-months-after-2020",
        "Six months after the 2020 election, the party split.",
        date(2025, 1, 14),
        [("Six months", "P6M"), ("2020", "2020")],
    ),
    (
        "length-a-week-before-christmas",
        "A week before Christmas, the shelves were empty.",
        date(2024, 1, 5),
        [("A week", "P1W"), ("Christmas", "2023-12-25")],
    ),
    (
        "length-sentenced-wednesday-18-months",
        "He was sentenced on Wednesday to 18 months in prison.",
        date(2024, 7, 18),
        [("Wednesday", "2024-07-17"), ("18 months", "P18M")],
    ),
    (
        "length-quarterly-from-jan-1",
        "From Jan. 1, the levy will be collected quarterly.",
        date(2024, 12, 20),
        [("Jan. 1", "2025-01-01"), ("quarterly", "P1Q")],
    ),
    (
        "length-exhibition-six-weeks-from-saturday",
        "The exhibition will run for six weeks from Saturday.",
        date(2025, 6, 2),
        [("six weeks", "P6W"), ("Saturday", "2025-06-07")],
    ),
    (
        "length-2019-first-time-decade",
        "In 2019, the company cut jobs for the first time in a decade.",
        date(2025, 1, 14),
        [("2019", "2019"), ("a decade", "P10Y")],
    ),
    (
        "length-90-day-pause-from-april",
        "The 90-day pause took effect in April.",
        date(2025, 5, 20),
        [("90-day", "P90D"), ("April", "2025-04")],
    ),
    (
        "length-since-2015-every-summer",
        "Since 2015, the village has flooded every summer.",
        date(2023, 5, 10),
        [("2015", "2015"), ("every summer", "XXXX-SU")],
    ),
    (
        "length-two-years-later-after-year",
        "The plant opened in 2010. Two years later, it closed for six months.",
        date(2022, 11, 28),
        [("2010", "2010"), ("Two years later", "2012"), ("six months", "P6M")],
    ),
    (
        "length-weekly-since-june",
        "The group has met weekly since June.",
        date(2023, 5, 10),
        [("weekly", "P1W"), ("June", "2022-06")],
    ),
    (
        "length-30-days-from-tuesday",
        "Tenants have 30 days to leave, the court ruled on Tuesday.",
        date(2024, 7, 18),
        [("30 days", "P30D"), ("Tuesday", "2024-07-16")],
    ),
    (
        "length-daily-until-friday",
        "Officials will brief reporters daily until Friday.",
        date(2025, 6, 2),
        [("daily", "P1D"), ("Friday", "2025-06-06")],
    ),
    (
        "length-article-strike",
        "Nurses began a 72-hour strike on Monday, the third walkout in six months. The union says staff work "
        "12-hour shifts four times a week and have had no pay rise for more than two years.",
        date(2022, 11, 28),
        [
            ("72-hour", "PT72H"),
            ("Monday", "2022-11-28"),
            ("six months", "P6M"),
            ("12-hour", "PT12H"),
            ("four times a week", "P1W"),
            ("more than two years", "P2Y"),
        ],
    ),
    (
        "length-article-drought",
        "The region has had no rain for nearly five months, the longest dry spell in half a century. Water is "
        "now delivered by truck twice a week, and officials warn rationing could last until October.",
        date(2024, 7, 18),
        [
            ("nearly five months", "P5M"),
            ("half a century", "P50Y"),
            ("now", "PRESENT_REF"),
            ("twice a week", "P1W"),
            ("October", "2024-10"),
        ],
    ),
    (
        "length-article-market",
        "Over the past decade the market has grown 8% a year. Analysts expect growth to slow in the coming years.",
        date(2025, 1, 14),
        [("the past decade", "P10Y"), ("a year", "P1Y"), ("the coming years", "FUTURE_REF")],
    ),
    # --- a thirteenth held-out batch: traps, written blind ---
    (
        "trap-novel-1984-reissued",
        "Penguin reissued George Orwell's 1984 on Tuesday.",
        date(2024, 11, 19),
        [("Tuesday", "2024-11-19")],
    ),
    (
        "trap-friday-night-lights-revival",
        "NBC said on Monday it would revive Friday Night Lights next year.",
        date(2024, 11, 19),
        [("Monday", "2024-11-18"), ("next year", "2025")],
    ),
    (
        "trap-the-morning-show-returns",
        "The Morning Show returns for a fourth season in September.",
        date(2025, 6, 11),
        [("September", "2025-09")],
    ),
    (
        "trap-snl-this-weekend",
        "Saturday Night Live will be hosted by the singer this weekend.",
        date(2025, 11, 26),
        [("this weekend", "2025-W48-WE")],
    ),
    (
        "trap-tomorrows-world-archive",
        "The BBC digitised every episode of Tomorrow's World, which ran from 1965 to 2003.",
        date(2023, 3, 17),
        [("1965", "1965"), ("2003", "2003")],
    ),
    (
        "trap-mad-men-sixties",
        "Mad Men, set in the 1960s, won the Emmy for best drama four times.",
        date(2026, 2, 9),
        [("the 1960s", "196")],
    ),
    (
        "trap-back-to-the-future-screening",
        "A restored print of Back to the Future will screen at the festival on Saturday.",
        date(2025, 10, 2),
        [("Saturday", "2025-10-04")],
    ),
    (
        "trap-apocalypse-now-released",
        "Coppola's Apocalypse Now was released in 1979.",
        date(2026, 7, 3),
        [("1979", "1979")],
    ),
    ("trap-song-yesterday", "McCartney closed the concert with Yesterday.", date(2024, 4, 14), []),
    ("trap-film-tomorrow-never-dies", "Tomorrow Never Dies was shot partly in Thailand.", date(2022, 8, 26), []),
    (
        "trap-60-minutes-interview",
        "The senator gave an interview to 60 Minutes on Sunday.",
        date(2026, 2, 9),
        [("Sunday", "2026-02-08")],
    ),
    (
        "trap-48-hours-documentary",
        "CBS's 48 Hours will air the documentary on Saturday.",
        date(2023, 9, 5),
        [("Saturday", "2023-09-09")],
    ),
    ("trap-band-30-seconds-to-mars", "30 Seconds to Mars cancelled their Glasgow show.", date(2023, 3, 17), []),
    (
        "trap-band-three-days-grace",
        "Three Days Grace headline the festival on Friday.",
        date(2025, 6, 11),
        [("Friday", "2025-06-13")],
    ),
    (
        "trap-band-the-1975-sunday",
        "The 1975 played their final show of the tour on Sunday.",
        date(2026, 2, 9),
        [("Sunday", "2026-02-08")],
    ),
    (
        "trap-band-fall-out-boy-this-fall",
        "Fall Out Boy will tour Europe this fall.",
        date(2025, 6, 11),
        [("this fall", "2025-FA")],
    ),
    (
        "trap-donna-summer-musical",
        "A Donna Summer musical opened on Broadway last night.",
        date(2025, 10, 2),
        [("last night", "2025-10-01TNI")],
    ),
    (
        "trap-series-wednesday-returns",
        "Netflix's Wednesday, its most-watched English series, returns in August.",
        date(2024, 4, 14),
        [("August", "2024-08")],
    ),
    (
        "trap-tonight-show-appearance",
        "The comedian appeared on The Tonight Show on Thursday.",
        date(2025, 10, 2),
        [("Thursday", "2025-10-02")],
    ),
    ("trap-today-programme", "The minister told the Today programme that the plan was fair.", date(2022, 8, 26), []),
    (
        "trap-this-morning-itv",
        "The presenter left This Morning after 14 years.",
        date(2023, 3, 17),
        [("14 years", "P14Y")],
    ),
    ("trap-newsnight-documents", "Newsnight obtained the documents.", date(2025, 6, 11), []),
    (
        "trap-good-morning-america-2028",
        "She told Good Morning America she would run again in 2028.",
        date(2024, 11, 19),
        [("2028", "2028")],
    ),
    ("trap-film-1917-oscars", "Sam Mendes's 1917 won three Oscars.", date(2026, 7, 3), []),
    (
        "trap-film-2001-space-odyssey",
        "The BFI will show 2001: A Space Odyssey in Imax next month.",
        date(2025, 10, 2),
        [("next month", "2025-11")],
    ),
    ("trap-film-blade-runner-2049", "Blade Runner 2049 lost money at the box office.", date(2023, 3, 17), []),
    ("trap-film-12-years-a-slave", "12 Years a Slave won best picture.", date(2023, 9, 5), []),
    ("trap-film-500-days-of-summer", "(500) Days of Summer is streaming on Disney+.", date(2023, 9, 5), []),
    ("trap-film-day-after-tomorrow", "The Day After Tomorrow imagined a new ice age.", date(2025, 6, 11), []),
    (
        "trap-film-high-noon-screening",
        "High Noon screens at the Curzon at 7pm on Friday.",
        date(2026, 2, 9),
        [("7pm on Friday", "2026-02-13T19:00")],
    ),
    (
        "trap-song-manic-monday",
        "The Bangles performed Manic Monday at the Hollywood Bowl on Saturday.",
        date(2025, 6, 11),
        [("Saturday", "2025-06-07")],
    ),
    (
        "trap-song-ruby-tuesday",
        "Ruby Tuesday, the Rolling Stones single, was released in January 1967.",
        date(2023, 3, 17),
        [("January 1967", "1967-01")],
    ),
    (
        "trap-song-last-christmas",
        "Wham!'s Last Christmas topped the UK chart in December 2023.",
        date(2024, 4, 14),
        [("December 2023", "2023-12")],
    ),
    ("trap-song-eight-days-a-week", "Eight Days a Week was a US number one for the Beatles.", date(2022, 8, 26), []),
    ("trap-song-summer-of-69", "The crowd sang Summer of '69 at the end of the set.", date(2026, 7, 3), []),
    ("trap-film-friday-the-13th", "A new Friday the 13th film is in development.", date(2026, 2, 9), []),
    (
        "trap-film-saturday-night-fever",
        "Saturday Night Fever opened in December 1977.",
        date(2024, 11, 19),
        [("December 1977", "1977-12")],
    ),
    (
        "trap-film-midnight-in-paris",
        "Midnight in Paris was filmed in the summer of 2010.",
        date(2023, 9, 5),
        [("the summer of 2010", "2010-SU")],
    ),
    ("trap-film-twilight-star", "Twilight made Kristen Stewart a star.", date(2025, 6, 11), []),
    ("trap-series-24-seasons", "Kiefer Sutherland starred in 24 for eight seasons.", date(2023, 3, 17), []),
    ("trap-show-happy-days", "Happy Days ran on ABC for 11 seasons.", date(2023, 3, 17), []),
    (
        "trap-film-40-year-old-virgin",
        "Judd Apatow's The 40-Year-Old Virgin grossed $177 million.",
        date(2022, 8, 26),
        [],
    ),
    (
        "trap-song-september-weddings",
        "Earth, Wind & Fire's September is played at weddings every weekend.",
        date(2025, 10, 2),
        [("every weekend", "XXXX-WXX-WE")],
    ),
    ("trap-days-of-our-lives", "Days of Our Lives was renewed for two more seasons.", date(2024, 11, 19), []),
    (
        "trap-hundred-years-of-solitude-series",
        "One Hundred Years of Solitude, the Netflix series, premiered in December.",
        date(2026, 7, 3),
        [("December", "2025-12")],
    ),
    (
        "trap-once-upon-a-time-in-hollywood",
        "Once Upon a Time in Hollywood was Tarantino's ninth film.",
        date(2024, 4, 14),
        [],
    ),
    (
        "trap-film-independence-day-1996",
        "The 1996 film Independence Day returns to cinemas this summer.",
        date(2025, 6, 11),
        [("1996", "1996"), ("this summer", "2025-SU")],
    ),
    (
        "trap-groundhog-day-musical",
        "The Groundhog Day musical closes on Sunday.",
        date(2023, 3, 17),
        [("Sunday", "2023-03-19")],
    ),
    (
        "trap-hard-days-night-six-weeks",
        "A Hard Day's Night was shot in six weeks.",
        date(2024, 11, 19),
        [("six weeks", "P6W")],
    ),
    ("trap-time-out-magazine", "Time Out named the street one of the coolest in the world.", date(2022, 8, 26), []),
    (
        "trap-times-square-new-years-eve",
        "Crowds gathered in Times Square on New Year's Eve.",
        date(2026, 1, 2),
        [("New Year's Eve", "2025-12-31")],
    ),
    (
        "trap-minute-maid-park-tuesday",
        "The Astros beat the Rangers 5-3 at Minute Maid Park on Tuesday.",
        date(2023, 9, 5),
        [("Tuesday", "2023-09-05")],
    ),
    (
        "trap-sunday-riley-spring",
        "Sunday Riley launched a new serum in the spring.",
        date(2025, 10, 2),
        [("the spring", "2025-SP")],
    ),
    (
        "trap-tgi-fridays-bankruptcy",
        "TGI Fridays filed for bankruptcy protection on Saturday.",
        date(2024, 11, 19),
        [("Saturday", "2024-11-16")],
    ),
    (
        "trap-summer-street-fire",
        "A fire broke out in a shop on Summer Street early on Wednesday.",
        date(2025, 6, 11),
        [("Wednesday", "2025-06-11")],
    ),
    (
        "trap-march-madness-next-week",
        "March Madness tips off next week.",
        date(2025, 3, 12),
        [("next week", "2025-W12")],
    ),
    (
        "trap-black-monday-crash",
        "The Black Monday crash wiped 22% off the Dow in one day.",
        date(2022, 8, 26),
        [("one day", "P1D")],
    ),
    (
        "trap-cyber-monday-future",
        "Retailers expect record online sales on Cyber Monday.",
        date(2025, 11, 26),
        [("Cyber Monday", "2025-12-01")],
    ),
    ("trap-mayfair-gallery-may", "A Mayfair gallery will reopen in May.", date(2026, 2, 9), [("May", "2026-05")]),
    (
        "trap-theresa-may-may-stand-down",
        "Theresa May said on Friday that she may stand down.",
        date(2026, 2, 9),
        [("Friday", "2026-02-06")],
    ),
    (
        "trap-brian-may-2002",
        "Brian May played the anthem from the palace roof in 2002.",
        date(2024, 4, 14),
        [("2002", "2002")],
    ),
    (
        "trap-april-ryan-april-memo",
        "April Ryan asked the press secretary about the April 3 memo.",
        date(2025, 6, 11),
        [("April 3", "2025-04-03")],
    ),
    (
        "trap-june-sarpong-june-20",
        "June Sarpong will host the awards on June 20.",
        date(2025, 6, 11),
        [("June 20", "2025-06-20")],
    ),
    (
        "trap-augusta-masters-april",
        "Augusta National will host the Masters in April.",
        date(2025, 10, 2),
        [("April", "2026-04")],
    ),
    (
        "trap-daily-mail-monday",
        "The Daily Mail reported on Monday that the club was for sale.",
        date(2025, 10, 2),
        [("Monday", "2025-09-29")],
    ),
    (
        "trap-evening-standard-weekly",
        "The Evening Standard will become a weekly on Friday.",
        date(2025, 10, 2),
        [("Friday", "2025-10-03")],
    ),
    (
        "trap-morning-star-interview",
        "The Morning Star interviewed the union leader on Sunday.",
        date(2025, 10, 2),
        [("Sunday", "2025-09-28")],
    ),
    (
        "trap-dawn-newspaper-thursday",
        "Pakistan's Dawn newspaper reported the arrests on Thursday.",
        date(2025, 10, 2),
        [("Thursday", "2025-10-02")],
    ),
    ("trap-sunday-mirror-damages", "The Sunday Mirror paid damages to the actor.", date(2024, 11, 19), []),
    (
        "trap-7-eleven-end-of-year",
        "7-Eleven will close 444 stores by the end of the year.",
        date(2024, 11, 19),
        [("the end of the year", "2024")],
    ),
    (
        "trap-20th-century-studios-july",
        "20th Century Studios moved the release to July.",
        date(2023, 3, 17),
        [("July", "2023-07")],
    ),
    (
        "trap-millennium-bridge-two-days",
        "The Millennium Bridge was closed for two days.",
        date(2025, 11, 26),
        [("two days", "P2D")],
    ),
    (
        "trap-monday-com-shares",
        "Monday.com shares jumped 12% on Tuesday.",
        date(2025, 6, 11),
        [("Tuesday", "2025-06-10")],
    ),
    (
        "trap-midnight-oil-new-years-eve",
        "Midnight Oil will play Sydney on New Year's Eve.",
        date(2025, 6, 11),
        [("New Year's Eve", "2025-12-31")],
    ),
    (
        "trap-match-of-the-day-pundit",
        "The pundit will leave Match of the Day at the end of the season.",
        date(2026, 7, 3),
        [],
    ),
    (
        "trap-winter-olympics-opened",
        "The Winter Olympics opened in Milan on Friday.",
        date(2026, 2, 9),
        [("Friday", "2026-02-06")],
    ),
    ("trap-hundred-years-war", "The castle was besieged during the Hundred Years' War.", date(2023, 9, 5), []),
    (
        "trap-six-day-war-began",
        "The Six-Day War began on June 5, 1967.",
        date(2023, 9, 5),
        [("June 5, 1967", "1967-06-05")],
    ),
    (
        "trap-fall-of-kabul",
        "The fall of Kabul in August 2021 shocked allies.",
        date(2023, 9, 5),
        [("August 2021", "2021-08")],
    ),
    (
        "trap-sprang-into-action",
        "Firefighters sprang into action when the alarm sounded at 3 a.m.",
        date(2022, 8, 26),
        [("3 a.m", "2022-08-26T03:00")],
    ),
    (
        "trap-fall-verb-this-fall",
        "Shares fell sharply, and analysts expect them to fall further this fall.",
        date(2025, 8, 20),
        [("this fall", "2025-FA")],
    ),
    ("trap-may-modal-until-may", "Ministers may delay the vote until May.", date(2026, 2, 9), [("May", "2026-05")]),
    ("trap-may-modal-drowsiness", "The drug may cause drowsiness in some patients.", date(2026, 2, 9), []),
    (
        "trap-march-verb-in-march",
        "Thousands will march on parliament in March.",
        date(2026, 2, 9),
        [("March", "2026-03")],
    ),
    (
        "trap-second-consecutive-loss",
        "The company reported a second consecutive loss on Thursday.",
        date(2025, 10, 2),
        [("Thursday", "2025-10-02")],
    ),
    ("trap-15th-floor", "The fire started on the 15th floor.", date(2023, 3, 17), []),
    (
        "trap-15th-century-chapel",
        "The chapel dates from the 15th century.",
        date(2023, 3, 17),
        [("the 15th century", "14")],
    ),
    (
        "trap-present-verb-thursday",
        "The mayor will present the budget on Thursday.",
        date(2025, 11, 26),
        [("Thursday", "2025-11-27")],
    ),
    ("trap-alternating-current", "The cable carries an alternating current.", date(2025, 11, 26), []),
    (
        "trap-second-hand-cars-october",
        "Sales of second-hand cars rose in October.",
        date(2025, 11, 26),
        [("October", "2025-10")],
    ),
    ("trap-spring-water-bottles", "The brand sells spring water in 500ml bottles.", date(2025, 6, 11), []),
    (
        "trap-fifth-season-autumn",
        "The fifth season of the drama airs in the autumn.",
        date(2025, 6, 11),
        [("the autumn", "2025-FA")],
    ),
    ("trap-route-66-turns-100", "Route 66 turns 100 next year.", date(2025, 6, 11), [("next year", "2026")]),
    (
        "trap-apollo-11-landing",
        "The Apollo 11 crew landed on the Moon on July 20, 1969.",
        date(2026, 7, 3),
        [("July 20, 1969", "1969-07-20")],
    ),
    (
        "trap-section-8-vouchers-months",
        "Families with Section 8 vouchers waited months for a flat.",
        date(2024, 11, 19),
        [("months", "PXM")],
    ),
    (
        "trap-windows-10-support-ends",
        "Microsoft will end support for Windows 10 on Oct. 14.",
        date(2025, 6, 11),
        [("Oct. 14", "2025-10-14")],
    ),
    (
        "trap-iphone-16-on-sale",
        "Apple sold the iPhone 16 from Sept. 20.",
        date(2024, 11, 19),
        [("Sept. 20", "2024-09-20")],
    ),
    ("trap-boeing-737-deliveries", "Boeing delivered 42 737 jets in March.", date(2025, 6, 11), [("March", "2025-03")]),
    ("trap-score-2-1-saturday", "City won 2-1 on Saturday.", date(2026, 2, 9), [("Saturday", "2026-02-07")]),
    (
        "trap-score-120-114-sunday-night",
        "The Lakers beat the Celtics 120-114 on Sunday night.",
        date(2024, 4, 14),
        [("Sunday night", "2024-04-14TNI")],
    ),
    ("trap-prices-499-1999", "The console sells for $499.99, down from $1,999.", date(2025, 11, 26), []),
    ("trap-2025-protesters", "Police counted 2,025 protesters in the square.", date(2025, 11, 26), []),
    ("trap-1800-cars-in-2024", "The factory built 1,800 cars in 2024.", date(2025, 6, 11), [("2024", "2024")]),
    (
        "trap-flight-1549-hudson",
        "Flight 1549 landed on the Hudson in January 2009.",
        date(2024, 4, 14),
        [("January 2009", "2009-01")],
    ),
    (
        "trap-interstate-95-six-hours",
        "A crash closed Interstate 95 for six hours on Wednesday.",
        date(2025, 6, 11),
        [("six hours", "PT6H"), ("Wednesday", "2025-06-11")],
    ),
    ("trap-area-51-cia", "Area 51 was acknowledged by the CIA in 2013.", date(2023, 3, 17), [("2013", "2013")]),
    ("trap-studio-54-opened", "Studio 54 opened in April 1977.", date(2023, 3, 17), [("April 1977", "1977-04")]),
    (
        "trap-g20-this-weekend",
        "World leaders meet at the G20 summit in Johannesburg this weekend.",
        date(2025, 11, 19),
        [("this weekend", "2025-W47-WE")],
    ),
    ("trap-room-101-filmed", "Room 101 was filmed at the studio in 2019.", date(2023, 3, 17), [("2019", "2019")]),
    (
        "trap-10-minute-walk",
        "The hotel is a 10-minute walk from Times Square.",
        date(2025, 6, 11),
        [("10-minute", "PT10M")],
    ),
    (
        "trap-24-hour-strike-thursday",
        "Staff at the Minute Maid plant will hold a 24-hour strike on Thursday.",
        date(2025, 6, 11),
        [("24-hour", "PT24H"), ("Thursday", "2025-06-12")],
    ),
    ("trap-pence-not-clock", "Shares closed at 8.45p, down 12%.", date(2023, 3, 17), []),
    (
        "trap-clock-and-pence",
        "Trading was suspended at 8.45am with the shares at 12.30p.",
        date(2023, 3, 17),
        [("8.45am", "2023-03-17T08:45")],
    ),
    ("trap-catch-22", "Officials described a Catch-22 for small firms.", date(2023, 3, 17), []),
    (
        "trap-formula-1-las-vegas",
        "Formula 1 returns to Las Vegas on Nov. 22.",
        date(2025, 6, 11),
        [("Nov. 22", "2025-11-22")],
    ),
    (
        "trap-1000-days-of-war",
        "Ukraine marked 1,000 days of war on Tuesday.",
        date(2024, 11, 19),
        [("1,000 days", "P1000D"), ("Tuesday", "2024-11-19")],
    ),
    ("trap-2000-pounds-1998", "The fine was raised to 2,000 pounds in 1998.", date(2023, 3, 17), [("1998", "1998")]),
    (
        "trap-year-7-pupils-sept-3",
        "Year 7 pupils will start school on Sept. 3.",
        date(2025, 8, 20),
        [("Sept. 3", "2025-09-03")],
    ),
    ("trap-40c-monday", "Temperatures hit 40C on Monday.", date(2022, 8, 26), [("Monday", "2022-08-22")]),
    ("trap-index-4-30-points", "The index rose 4.30 points.", date(2022, 8, 26), []),
    (
        "trap-around-the-clock-saturday",
        "Crews worked around the clock after the storm hit on Saturday.",
        date(2026, 2, 9),
        [("Saturday", "2026-02-07")],
    ),
    (
        "trap-in-no-time-june-14",
        "Tickets for the June 14 gig sold out in no time.",
        date(2025, 5, 20),
        [("June 14", "2025-06-14")],
    ),
    (
        "trap-at-the-same-time-2026",
        "At the same time, the bank raised its forecast for 2026.",
        date(2025, 6, 11),
        [("2026", "2026")],
    ),
    ("trap-time-and-again", "Time and again, the council has ignored the warnings.", date(2025, 6, 11), []),
    ("trap-once-upon-a-time-cinemas", "Once upon a time, the town had three cinemas.", date(2025, 6, 11), []),
    (
        "trap-time-out-40-seconds",
        "The coach called a time-out with 40 seconds left.",
        date(2024, 4, 14),
        [("40 seconds", "PT40S")],
    ),
    ("trap-half-time-score", "The score was 1-1 at half-time.", date(2024, 4, 14), []),
    ("trap-overtime-pay", "Nurses were promised overtime pay.", date(2024, 4, 14), []),
    (
        "trap-full-time-jobs-next-year",
        "The plant will create 300 full-time jobs next year.",
        date(2025, 10, 2),
        [("next year", "2026")],
    ),
    (
        "trap-all-time-high-monday",
        "Gold hit an all-time high on Monday.",
        date(2025, 10, 2),
        [("Monday", "2025-09-29")],
    ),
    ("trap-timeline-published", "The inquiry published a timeline of the outbreak.", date(2025, 10, 2), []),
    (
        "trap-daylight-saving-sunday",
        "Clocks go forward an hour when daylight saving time begins on Sunday.",
        date(2023, 3, 17),
        [("an hour", "PT1H"), ("Sunday", "2023-03-19")],
    ),
    ("trap-all-times-eastern", "All times are Eastern Time.", date(2023, 3, 17), []),
    # --- a fourteenth held-out batch: whole articles on ongoing stories, written blind ---
    (
        "saga-war-shelling-monday",
        "KHARKIV, Ukraine (Reuters) - Russian forces shelled the eastern city overnight, killing at least "
        "nine civilians, regional officials said on Monday. The bombardment began late on Sunday and lasted "
        "more than six hours. The invasion, launched on Feb. 24, has driven more than a million people from "
        'the country in less than two weeks. "We buried four neighbours yesterday," a resident told Reuters '
        "on Monday. Talks between the two sides resumed on Thursday in Belarus and are due to continue next "
        "week. The region was last shelled this heavily in 2014.",
        date(2022, 3, 7),
        [
            ("overnight", "2022-03-06TNI"),
            ("Monday", "2022-03-07"),
            ("Sunday", "2022-03-06"),
            ("more than six hours", "PT6H"),
            ("Feb. 24", "2022-02-24"),
            ("less than two weeks", "P2W"),
            ("yesterday", "2022-03-06"),
            ("Monday", "2022-03-07"),
            ("Thursday", "2022-03-03"),
            ("next week", "2022-W11"),
            ("2014", "2014"),
        ],
    ),
    (
        "saga-cholera-new-year-monday",
        "Health officials reported 312 new cholera cases over the weekend, bringing the total since the "
        "outbreak began in October to more than 4,000. The ministry said on Sunday that 41 people had died "
        'since Christmas. "We expect cases to peak this month," the health minister said on Sunday. '
        "Vaccination teams will return to the northern districts on Wednesday and stay for ten days. The last "
        "major outbreak, in 2017, lasted nearly a year. A vaccine shipment is due on Jan. 15.",
        date(2023, 1, 2),
        [
            ("the weekend", "2022-W52-WE"),
            ("October", "2022-10"),
            ("Sunday", "2023-01-01"),
            ("Christmas", "2022-12-25"),
            ("this month", "2023-01"),
            ("Sunday", "2023-01-01"),
            ("Wednesday", "2023-01-04"),
            ("ten days", "P10D"),
            ("2017", "2017"),
            ("nearly a year", "P1Y"),
            ("Jan. 15", "2023-01-15"),
        ],
    ),
    (
        "saga-shipping-collapse-leap-day",
        "Harbor Freight Lines, the shipping group that collapsed last month, will be broken up and sold, its "
        "administrators said on Thursday. The company filed for bankruptcy on Jan. 12 after its lenders "
        "refused to extend a loan due at the end of 2023. Its shares had lost 90% of their value over six "
        "months. Founded in 1987, the group employed 6,000 people at its peak in 2019. Bids for its container "
        'terminals must be submitted by March 15, and a court hearing is set for April 2. "We spent all of '
        'yesterday with the unions," an administrator said on Thursday. Staff were paid on Wednesday for the '
        "first time in three weeks.",
        date(2024, 2, 29),
        [
            ("last month", "2024-01"),
            ("Thursday", "2024-02-29"),
            ("Jan. 12", "2024-01-12"),
            ("the end of 2023", "2023"),
            ("six months", "P6M"),
            ("1987", "1987"),
            ("2019", "2019"),
            ("March 15", "2024-03-15"),
            ("April 2", "2024-04-02"),
            ("yesterday", "2024-02-28"),
            ("Thursday", "2024-02-29"),
            ("Wednesday", "2024-02-28"),
            ("three weeks", "P3W"),
        ],
    ),
    (
        "saga-fraud-trial-deliberations",
        "LOS ANGELES (AP) -- Jurors will begin deliberating on Tuesday in the fraud trial of a former "
        "hospital chief, after closing arguments ended late on Friday. The trial opened on April 14 and has "
        "heard from 38 witnesses over eight weeks. Prosecutors say the defendant stole $30 million from the "
        'hospital between 2016 and 2021. He was arrested in March 2022 and has been free on bail since. "I '
        'never took a cent," he told the jury last Wednesday. If convicted, he could be sentenced to 20 years '
        "in prison. Sentencing would follow within three months.",
        date(2025, 6, 9),
        [
            ("Tuesday", "2025-06-10"),
            ("Friday", "2025-06-06"),
            ("April 14", "2025-04-14"),
            ("eight weeks", "P8W"),
            ("2016", "2016"),
            ("2021", "2021"),
            ("March 2022", "2022-03"),
            ("last Wednesday", "2025-06-04"),
            ("20 years", "P20Y"),
            ("three months", "P3M"),
        ],
    ),
    (
        "saga-election-eve-monday",
        "Americans vote on Tuesday after a campaign that has lasted more than two years. Both candidates held "
        "rallies in Pennsylvania on Sunday and were in Michigan on Monday. More than 75 million people had "
        "voted early by Friday, officials said. The race tightened in September after the second debate. "
        'Polls close at 8 p.m. on Tuesday in most eastern states. "We will know the winner by Wednesday '
        'morning," the campaign chairman said on Sunday. The new president takes office on Jan. 20. Four '
        "years ago, counting in some states took nearly a week.",
        date(2024, 11, 4),
        [
            ("Tuesday", "2024-11-05"),
            ("more than two years", "P2Y"),
            ("Sunday", "2024-11-03"),
            ("Monday", "2024-11-04"),
            ("Friday", "2024-11-01"),
            ("September", "2024-09"),
            ("8 p.m. on Tuesday", "2024-11-05T20:00"),
            ("Wednesday morning", "2024-11-06TMO"),
            ("Sunday", "2024-11-03"),
            ("Jan. 20", "2025-01-20"),
            ("Four years ago", "2020"),
            ("nearly a week", "P1W"),
        ],
    ),
    (
        "saga-quake-new-years-eve",
        "ZAGREB, Croatia (AP) -- Aftershocks rattled central Croatia overnight, hampering the search for "
        "survivors. The magnitude 6.4 quake struck at 12:19 p.m. on Tuesday, killing seven people. A smaller "
        "quake had hit the same area the day before. The town of Petrinja was also damaged in March, when a "
        'quake struck Zagreb. "We have not slept since Tuesday," a resident said on Wednesday. The government '
        "declared a state of disaster for 30 days. New Year's Eve celebrations in the region have been "
        "cancelled. Schools will reopen on Jan. 18.",
        date(2020, 12, 31),
        [
            ("overnight", "2020-12-30TNI"),
            ("12:19 p.m. on Tuesday", "2020-12-29T12:19"),
            ("the day before", "2020-12-28"),
            ("March", "2020-03"),
            ("Tuesday", "2020-12-29"),
            ("Wednesday", "2020-12-30"),
            ("30 days", "P30D"),
            ("New Year's Eve", "2020-12-31"),
            ("Jan. 18", "2021-01-18"),
        ],
    ),
    (
        "saga-rail-strike-january",
        "Rail workers walked out on Monday at the start of a 48-hour strike, the third stoppage since "
        "November. The union had called off a walkout on Dec. 23 after last-minute talks. Those talks broke "
        'down on Friday. "The government ignored us over Christmas," the union leader said on Sunday. '
        "Commuters will face more disruption on Wednesday, when a second 48-hour strike begins. Wages in the "
        "sector have risen 4% in the past two years, against inflation of 11%. Rail workers last held a "
        "national strike in 1989.",
        date(2026, 1, 5),
        [
            ("Monday", "2026-01-05"),
            ("48-hour", "PT48H"),
            ("November", "2025-11"),
            ("Dec. 23", "2025-12-23"),
            ("Friday", "2026-01-02"),
            ("Christmas", "2025-12-25"),
            ("Sunday", "2026-01-04"),
            ("Wednesday", "2026-01-07"),
            ("48-hour", "PT48H"),
            ("the past two years", "P2Y"),
            ("1989", "1989"),
        ],
    ),
    (
        "saga-lunar-lander-after-leap-day",
        "HOUSTON (Reuters) - A privately built lunar lander that tipped onto its side after touching down "
        "last week has stopped sending data, its operator said on Friday. The lander reached the Moon's "
        "south polar region on Feb. 22. It had lifted off from Florida on Feb. 15. Engineers last heard from "
        'it on Thursday, the company said. "We will try to wake it up next month," the chief engineer told '
        "reporters on Thursday. Temperatures at the site will stay below minus 130 C for about two weeks. No "
        "US spacecraft had landed on the Moon since December 1972. NASA paid $118 million for the mission, "
        "one of several it plans to fly this year.",
        date(2024, 3, 1),
        [
            ("last week", "2024-W08"),
            ("Friday", "2024-03-01"),
            ("Feb. 22", "2024-02-22"),
            ("Feb. 15", "2024-02-15"),
            ("Thursday", "2024-02-29"),
            ("next month", "2024-03"),
            ("Thursday", "2024-02-29"),
            ("about two weeks", "P2W"),
            ("December 1972", "1972-12"),
            ("this year", "2024"),
        ],
    ),
    (
        "saga-hotel-hostages-monday",
        "Negotiators worked through Sunday night to free 14 hostages held at a mountain hotel, police said on "
        "Monday. Gunmen stormed the hotel at 7 p.m. on Thursday and have held the guests and staff there "
        'since. Three hostages, including a child, were released on Saturday morning. "They promised to free '
        'two more women today," a police spokesman said on Sunday. That did not happen. The group behind the '
        "attack kidnapped 23 foreign workers in 2019 and held them for 11 months. The interior minister will "
        "address parliament on the crisis on Tuesday.",
        date(2023, 10, 16),
        [
            ("Sunday night", "2023-10-15TNI"),
            ("Monday", "2023-10-16"),
            ("7 p.m. on Thursday", "2023-10-12T19:00"),
            ("Saturday morning", "2023-10-14TMO"),
            ("today", "2023-10-15"),
            ("Sunday", "2023-10-15"),
            ("2019", "2019"),
            ("11 months", "P11M"),
            ("Tuesday", "2023-10-17"),
        ],
    ),
    (
        "saga-deputy-pm-resigns-january",
        "The deputy prime minister resigned on Monday over messages showing he had intervened in a building "
        "contract. The messages were first published on Dec. 30. He had denied any wrongdoing for six days. "
        'The contract, worth 80 million euros, was awarded in the spring of 2022. "I made a mistake last '
        'summer and I am paying for it," he said in a statement. Prosecutors opened an investigation on '
        "Friday. The prime minister is expected to name a replacement later this week. Parliament returns "
        "from its winter recess on Jan. 14.",
        date(2025, 1, 6),
        [
            ("Monday", "2025-01-06"),
            ("Dec. 30", "2024-12-30"),
            ("six days", "P6D"),
            ("the spring of 2022", "2022-SP"),
            ("last summer", "2024-SU"),
            ("Friday", "2025-01-03"),
            ("later this week", "2025-W02"),
            ("Jan. 14", "2025-01-14"),
        ],
    ),
    (
        "saga-wildfire-gironde-monday",
        "Firefighters contained a wildfire in south-west France on Monday that has burned 7,000 hectares "
        "since Wednesday. The blaze was the second in the area this summer; a fire in July forced 36,000 "
        'people from their homes. Winds dropped overnight, allowing water bombers to work. "We will not leave '
        'until the last flames are out," a fire chief said on Sunday. Temperatures will rise again on '
        "Thursday. France recorded its highest temperature since 1947 on Aug. 4.",
        date(2022, 8, 15),
        [
            ("Monday", "2022-08-15"),
            ("Wednesday", "2022-08-10"),
            ("this summer", "2022-SU"),
            ("July", "2022-07"),
            ("overnight", "2022-08-14TNI"),
            ("Sunday", "2022-08-14"),
            ("Thursday", "2022-08-18"),
            ("1947", "1947"),
            ("Aug. 4", "2022-08-04"),
        ],
    ),
    (
        "saga-sahel-base-attack",
        "Militants attacked an army base in northern Mali early on Sunday, killing at least 20 soldiers, the "
        "army said. It was the deadliest attack on the military since January, when 30 soldiers died in an "
        "ambush near the border. The insurgency began in the north in 2012 and has since spread to "
        'neighbouring countries. The army said on Monday that its troops had retaken the base overnight. "We '
        'lost contact with the base for nine hours," an officer told Reuters. The military government, which '
        "seized power in August 2020, has postponed elections until 2026. Regional leaders will meet in Abuja "
        "next month.",
        date(2024, 7, 22),
        [
            ("Sunday", "2024-07-21"),
            ("January", "2024-01"),
            ("2012", "2012"),
            ("Monday", "2024-07-22"),
            ("overnight", "2024-07-21TNI"),
            ("nine hours", "PT9H"),
            ("August 2020", "2020-08"),
            ("2026", "2026"),
            ("next month", "2024-08"),
        ],
    ),
    (
        "saga-virus-cases-leap-saturday",
        "Health authorities confirmed 11 new cases of the virus on Saturday, the largest rise yet. The first "
        "case in the country was confirmed on Jan. 31, a tourist who had arrived from abroad a week earlier. "
        'Schools in two northern provinces have been closed since Wednesday. "We will decide on Monday '
        'whether to keep them closed until March 15," the education minister said on Friday. Football matches '
        "this weekend will be played without spectators. Hospitals have been told to prepare for a peak in "
        "April. The government last declared a health emergency in 2009, during the swine flu pandemic.",
        date(2020, 2, 29),
        [
            ("Saturday", "2020-02-29"),
            ("Jan. 31", "2020-01-31"),
            ("a week earlier", "2020-W04"),
            ("Wednesday", "2020-02-26"),
            ("Monday", "2020-03-02"),
            ("March 15", "2020-03-15"),
            ("Friday", "2020-02-28"),
            ("this weekend", "2020-W09-WE"),
            ("April", "2020-04"),
            ("2009", "2009"),
        ],
    ),
    (
        "saga-retailer-accounts-suspended",
        "Shares in Brightwell Retail were suspended on Monday after the company said its accounts for the "
        "past three years could not be relied on. Auditors found the problem during a review that began in "
        'February. The chief executive, who joined the company in 2015, stepped down on Friday. "We first saw '
        "the gap last Tuesday,\" the chairman told analysts on Monday. The retailer's financial year ended on "
        "Feb. 28. Its results, due on April 20, have been postponed indefinitely. The company employs 18,000 "
        "people in 420 stores.",
        date(2023, 4, 3),
        [
            ("Monday", "2023-04-03"),
            ("the past three years", "P3Y"),
            ("February", "2023-02"),
            ("2015", "2015"),
            ("Friday", "2023-03-31"),
            ("last Tuesday", "2023-03-28"),
            ("Monday", "2023-04-03"),
            ("Feb. 28", "2023-02-28"),
            ("April 20", "2023-04-20"),
        ],
    ),
    (
        "saga-kidnap-trial-resumes-iso-week",
        "The trial of five men accused of kidnapping a businessman will resume next week, the court said on "
        "Monday. The hearings were adjourned on Dec. 20 after a witness fell ill. The businessman was seized "
        'outside his home in October 2018 and held for 17 days. "I thought I would die there," he told the '
        "court in November. The defence will call its first witness on Jan. 6. A verdict is expected in the "
        "spring. Kidnappings for ransom in the region have doubled since 2010.",
        date(2019, 12, 30),
        [
            ("next week", "2020-W02"),
            ("Monday", "2019-12-30"),
            ("Dec. 20", "2019-12-20"),
            ("October 2018", "2018-10"),
            ("17 days", "P17D"),
            ("November", "2019-11"),
            ("Jan. 6", "2020-01-06"),
            ("the spring", "2020-SP"),
            ("2010", "2010"),
        ],
    ),
    (
        "saga-danube-flood-crest",
        "The Danube crested in Budapest early on Monday at 8.6 metres, the highest level since 2013. Heavy "
        "rain fell across central Europe for five days last week. At least 11 people have died since the "
        'floods began on June 2. The river is expected to fall slowly through Wednesday. "The water rose 40 '
        "centimetres overnight,\" the city's mayor said on Sunday. Volunteers have filled 300,000 sandbags "
        "since Thursday. The EU will decide next month on emergency aid.",
        date(2024, 6, 10),
        [
            ("Monday", "2024-06-10"),
            ("2013", "2013"),
            ("five days", "P5D"),
            ("last week", "2024-W23"),
            ("June 2", "2024-06-02"),
            ("Wednesday", "2024-06-12"),
            ("overnight", "2024-06-08TNI"),
            ("Sunday", "2024-06-09"),
            ("Thursday", "2024-06-06"),
            ("next month", "2024-07"),
        ],
    ),
    (
        "saga-coup-attempt-broadcaster",
        "Troops loyal to the president regained control of the state broadcaster late on Sunday, hours after "
        "a group of officers seized it and announced they had taken power. The government said on Monday that "
        "43 people had been arrested. The country has seen three coups since independence in 1960, the last "
        'in 1999. "Order was restored within hours," the defence minister said. A curfew will stay in place '
        "until Friday. Elections postponed in 2023 are now due in March.",
        date(2025, 9, 29),
        [
            ("Sunday", "2025-09-28"),
            ("hours", "PTXH"),
            ("Monday", "2025-09-29"),
            ("1960", "1960"),
            ("1999", "1999"),
            ("hours", "PTXH"),
            ("Friday", "2025-10-03"),
            ("2023", "2023"),
            ("now", "PRESENT_REF"),
            ("March", "2026-03"),
        ],
    ),
    (
        "saga-derailment-toxic-gas",
        "Residents near a chemical plant in eastern Ohio were allowed to return home on Monday, five days "
        "after a derailment released toxic gas. The train came off the tracks shortly before 9 p.m. on "
        'Wednesday. Crews burned off the remaining chemicals on Friday afternoon. "The air has been safe '
        "since Saturday,\" the state's environment director said on Sunday. The rail operator was fined for a "
        "similar accident in 2017. Federal investigators will publish a preliminary report within 30 days. "
        "Local schools reopen on Wednesday.",
        date(2021, 2, 1),
        [
            ("Monday", "2021-02-01"),
            ("five days", "P5D"),
            ("9 p.m. on Wednesday", "2021-01-27T21:00"),
            ("Friday afternoon", "2021-01-29TAF"),
            ("Saturday", "2021-01-30"),
            ("Sunday", "2021-01-31"),
            ("2017", "2017"),
            ("30 days", "P30D"),
            ("Wednesday", "2021-02-03"),
        ],
    ),
    (
        "saga-ceasefire-talks-year-end",
        "Mediators said on Monday that a ceasefire could be agreed before the new year. Talks in Doha stalled "
        "on Dec. 21 over the release of prisoners. The war began in October 2023 and has killed tens of "
        'thousands of people. A truce in November 2023 lasted a week. "We hope to have good news this week," '
        "a mediator told reporters on Sunday. Negotiators will return to Doha on Thursday.",
        date(2024, 12, 30),
        [
            ("Monday", "2024-12-30"),
            ("the new year", "2025"),
            ("Dec. 21", "2024-12-21"),
            ("October 2023", "2023-10"),
            ("November 2023", "2023-11"),
            ("a week", "P1W"),
            ("this week", "2024-W52"),
            ("Sunday", "2024-12-29"),
            ("Thursday", "2025-01-02"),
        ],
    ),
    (
        "saga-bank-seized-weekend",
        "Regulators seized First Harbor Bank over the weekend and sold its deposits to a rival, the third "
        "bank failure since March. Customers withdrew $12 billion on Thursday and Friday, regulators said on "
        "Sunday. The bank's shares had fallen 60% since January. \"Your money is safe and branches will open "
        'as usual on Monday," the new owner said in a statement on Sunday. Founded in 1921, the bank survived '
        "the Great Depression. Lawmakers will question regulators at a hearing next Tuesday.",
        date(2023, 5, 22),
        [
            ("the weekend", "2023-W20-WE"),
            ("March", "2023-03"),
            ("Thursday", "2023-05-18"),
            ("Friday", "2023-05-19"),
            ("Sunday", "2023-05-21"),
            ("January", "2023-01"),
            ("Monday", "2023-05-22"),
            ("Sunday", "2023-05-21"),
            ("1921", "1921"),
            ("next Tuesday", "2023-05-30"),
        ],
    ),
    (
        "saga-trapped-miners-rescued",
        "Rescuers reached seven miners trapped in a collapsed coal mine in western China on Monday, 60 hours "
        "after the roof gave way. The collapse happened during the night shift on Friday, state media said. "
        'Drillers took two days to open an air shaft. "We heard tapping on Sunday morning and knew they were '
        'alive," a rescuer told state television. The mine had been ordered to close in 2020 but kept '
        "operating. More than 200 people died in Chinese mining accidents last year. An inquiry will report "
        "by the end of January.",
        date(2022, 11, 28),
        [
            ("Monday", "2022-11-28"),
            ("60 hours", "PT60H"),
            ("Friday", "2022-11-25"),
            ("two days", "P2D"),
            ("Sunday morning", "2022-11-27TMO"),
            ("2020", "2020"),
            ("last year", "2021"),
            ("the end of January", "2023-01"),
        ],
    ),
    (
        "saga-tennis-doping-ban",
        "The world's top tennis player was banned for three months on Monday after testing positive for a "
        "banned substance in March 2024. He was cleared by an independent panel in August, a decision the "
        "anti-doping agency appealed in September. The ban runs from Feb. 9 to May 4, so he will miss no "
        'Grand Slam tournament. "I have lived with this for a year," he said on Monday. He can return to '
        "training on April 13. The French Open begins on May 25.",
        date(2025, 3, 17),
        [
            ("three months", "P3M"),
            ("Monday", "2025-03-17"),
            ("March 2024", "2024-03"),
            ("August", "2024-08"),
            ("September", "2024-09"),
            ("Feb. 9", "2025-02-09"),
            ("May 4", "2025-05-04"),
            ("a year", "P1Y"),
            ("Monday", "2025-03-17"),
            ("April 13", "2025-04-13"),
            ("May 25", "2025-05-25"),
        ],
    ),
    (
        "saga-port-strike-into-new-year",
        "Dockworkers at the country's largest port extended their strike on Friday into the new year, "
        "rejecting a pay offer made on Wednesday. The stoppage began on Dec. 4 and has left more than 90 "
        'ships waiting offshore. Union leaders said the strike would continue until Jan. 8. "We have waited '
        "12 years for a real raise,\" the union's president told reporters on Thursday. Dockers last struck "
        "in 2011, for nine days. The government has said it will intervene if the port is still closed next "
        "week.",
        date(2023, 12, 29),
        [
            ("Friday", "2023-12-29"),
            ("the new year", "2024"),
            ("Wednesday", "2023-12-27"),
            ("Dec. 4", "2023-12-04"),
            ("Jan. 8", "2024-01-08"),
            ("12 years", "P12Y"),
            ("Thursday", "2023-12-28"),
            ("2011", "2011"),
            ("nine days", "P9D"),
            ("next week", "2024-W01"),
        ],
    ),
    (
        "saga-missing-climbers-search-ends",
        "Rescue teams called off the search for two missing climbers on Monday, nine days after they were "
        "last heard from on the north face of the mountain. The pair set off from base camp on July 1 and "
        'made a satellite call that evening. Storms grounded helicopters for most of last week. "We kept '
        'hoping until yesterday," one of their relatives said on Monday. Four climbers died on the same route '
        "in 2008. The search will resume in the autumn if conditions allow.",
        date(2023, 7, 10),
        [
            ("Monday", "2023-07-10"),
            ("nine days", "P9D"),
            ("July 1", "2023-07-01"),
            ("that evening", "2023-07-01TEV"),
            ("last week", "2023-W27"),
            ("yesterday", "2023-07-09"),
            ("Monday", "2023-07-10"),
            ("2008", "2008"),
            ("the autumn", "2023-FA"),
        ],
    ),
    (
        "saga-speaker-expenses-resigns",
        "The speaker of parliament resigned on Monday after an inquiry found she had misused public funds "
        "over four years. The inquiry was launched in May after a newspaper reported that she had billed "
        "taxpayers for family holidays. Its report, delivered to the committee on Jan. 23, was published on "
        'Friday. "I will repay every penny by the end of the year," she said in a statement on Sunday. Her '
        "deputy will chair sessions until a new speaker is elected next week. She had held the post since "
        "2019.",
        date(2026, 2, 2),
        [
            ("Monday", "2026-02-02"),
            ("four years", "P4Y"),
            ("May", "2025-05"),
            ("Jan. 23", "2026-01-23"),
            ("Friday", "2026-01-30"),
            ("the end of the year", "2026"),
            ("Sunday", "2026-02-01"),
            ("next week", "2026-W07"),
            ("2019", "2019"),
        ],
    ),
    (
        "saga-drought-water-emergency",
        "The city declared a water emergency on Monday after its reservoirs fell to 18% of capacity, the "
        "lowest level since records began in 1950. Rainfall has been below average for 14 months. "
        "Restrictions introduced in September banned the watering of gardens. From Dec. 1, households that "
        'exceed their quota will be fined. "We have about 60 days of water left," the mayor told a news '
        "conference on Monday. The last emergency of this kind, in 2015, ended when heavy rain arrived that "
        "winter. Forecasters expect little rain before February.",
        date(2025, 11, 24),
        [
            ("Monday", "2025-11-24"),
            ("1950", "1950"),
            ("14 months", "P14M"),
            ("September", "2025-09"),
            ("Dec. 1", "2025-12-01"),
            ("about 60 days", "P60D"),
            ("Monday", "2025-11-24"),
            ("2015", "2015"),
            ("that winter", "2015-WI"),
            ("February", "2026-02"),
        ],
    ),
    (
        "saga-mayoral-recount-sunday",
        "Election officials began a recount in the disputed mayoral race on Sunday after the incumbent's "
        "lead shrank to 41 votes. The vote was held on Sept. 30, and counting took five days. The challenger "
        'filed a complaint on Thursday, alleging that ballots from two districts had been lost. "We will know '
        'by Wednesday," the chief election officer said on Saturday. The same two candidates faced each other '
        "four years ago. The new mayor is due to be sworn in on Nov. 1.",
        date(2023, 10, 8),
        [
            ("Sunday", "2023-10-08"),
            ("Sept. 30", "2023-09-30"),
            ("five days", "P5D"),
            ("Thursday", "2023-10-05"),
            ("Wednesday", "2023-10-11"),
            ("Saturday", "2023-10-07"),
            ("four years ago", "2019"),
            ("Nov. 1", "2023-11-01"),
        ],
    ),
    (
        "saga-airline-grounded-labor-day",
        "Budget airline SkyBridge cancelled all flights on Monday after failing to secure emergency funding "
        "over the weekend, stranding about 40,000 passengers. The airline had warned in July that it could "
        'run out of cash by the end of the summer. Talks with an investor collapsed on Saturday. "We ran out '
        'of time," the chief executive said in a video message on Sunday. SkyBridge was founded in 2008 and '
        "carried 9 million passengers last year. The government will charter planes to fly stranded "
        "travellers home from Wednesday.",
        date(2024, 9, 2),
        [
            ("Monday", "2024-09-02"),
            ("the weekend", "2024-W35-WE"),
            ("July", "2024-07"),
            ("the end of the summer", "2024-SU"),
            ("Saturday", "2024-08-31"),
            ("Sunday", "2024-09-01"),
            ("2008", "2008"),
            ("last year", "2023"),
            ("Wednesday", "2024-09-04"),
        ],
    ),
    (
        "saga-vaccine-rollout-new-years-day",
        "The country gave its first coronavirus vaccine doses on New Year's Day. A 91-year-old woman in the "
        "capital received the first shot shortly after 8 a.m. The first shipment of 10,000 doses arrived on "
        'Dec. 30. "We want to vaccinate all care home residents by the end of February," the health minister '
        "said on Thursday. The country recorded its first case in March and has had two lockdowns since. A "
        "second shipment is expected next week. Vaccination centres will open every day.",
        date(2021, 1, 1),
        [
            ("New Year's Day", "2021-01-01"),
            ("8 a.m.", "2021-01-01T08:00"),
            ("Dec. 30", "2020-12-30"),
            ("the end of February", "2021-02"),
            ("Thursday", "2020-12-31"),
            ("March", "2020-03"),
            ("next week", "2021-W01"),
            ("every day", "P1D"),
        ],
    ),
    (
        "saga-crew-launch-scrubbed",
        "SpaceX scrubbed the launch of a crewed mission to the space station for a second time on Sunday, "
        "citing high winds. A first attempt on Friday was called off because of a fuel leak. The next window "
        'opens at 6:42 p.m. on Wednesday. The four astronauts have been in quarantine since March 30. "The '
        'crew is healthy and ready to fly tomorrow," a NASA official said on Sunday. They will spend six '
        "months on the station. The crew they replace arrived in October.",
        date(2025, 4, 14),
        [
            ("Sunday", "2025-04-13"),
            ("Friday", "2025-04-11"),
            ("6:42 p.m. on Wednesday", "2025-04-16T18:42"),
            ("March 30", "2025-03-30"),
            ("tomorrow", "2025-04-14"),
            ("Sunday", "2025-04-13"),
            ("six months", "P6M"),
            ("October", "2024-10"),
        ],
    ),
    (
        "saga-hospital-cyberattack",
        "Hospitals in the region cancelled hundreds of operations on Monday as they struggled to recover from "
        "a cyberattack that shut down their computer systems eleven days ago. Staff have been keeping records "
        'on paper since Jan. 20. The hackers demanded a ransom of $5 million on the following day. "We will '
        'not pay," the health authority said on Friday. Emergency departments reopened on Saturday, but some '
        "systems could stay offline for weeks. A similar attack hit the country's largest hospital in 2020.",
        date(2022, 1, 31),
        [
            ("Monday", "2022-01-31"),
            ("eleven days ago", "2022-01-20"),
            ("Jan. 20", "2022-01-20"),
            ("the following day", "2022-01-21"),
            ("Friday", "2022-01-28"),
            ("Saturday", "2022-01-29"),
            ("weeks", "PXW"),
            ("2020", "2020"),
        ],
    ),
    (
        "saga-foreign-funding-protests",
        "Tens of thousands of people marched through the capital on Sunday, the largest protest since the "
        "movement began in January. Parliament passed the law in its first reading on March 12. Police said "
        '31 people were detained overnight. "We will be back on the streets every Sunday until the law is '
        'withdrawn," a student leader said. The final vote is scheduled for April 30. A similar law was '
        "dropped in 2023 after two weeks of demonstrations.",
        date(2024, 4, 8),
        [
            ("Sunday", "2024-04-07"),
            ("January", "2024-01"),
            ("March 12", "2024-03-12"),
            ("overnight", "2024-04-07TNI"),
            ("every Sunday", "XXXX-WXX-7"),
            ("April 30", "2024-04-30"),
            ("2023", "2023"),
            ("two weeks", "P2W"),
        ],
    ),
    # --- a fifteenth held-out batch: whole articles from regional, business, science, sports pages, written blind ---
    (
        "page-council-tax-new-year",
        "Councillors in Harwick approved a 4.9% rise in council tax on Tuesday night, the largest increase "
        "since 2011. The vote followed a three-hour debate in which opposition members accused the leader of "
        "breaking a promise made in May 2023. The council has frozen its share of the tax in four of the past "
        'six years. Bills will go up in April. "We have put off hard choices for a decade," the finance chief '
        "said on Wednesday. A consultation on cuts to library opening hours closes on Jan. 31, and the final "
        "budget goes to full council on Feb. 20.",
        date(2025, 1, 2),
        [
            ("Tuesday night", "2024-12-31TNI"),
            ("2011", "2011"),
            ("three-hour", "PT3H"),
            ("May 2023", "2023-05"),
            ("the past six years", "P6Y"),
            ("April", "2025-04"),
            ("a decade", "P10Y"),
            ("Wednesday", "2025-01-01"),
            ("Jan. 31", "2025-01-31"),
            ("Feb. 20", "2025-02-20"),
        ],
    ),
    (
        "page-hospital-maternity-year-end",
        "St Mary's Hospital in Dunmore will close its maternity ward to new admissions from Friday, the "
        "health board said on Monday. The unit has been short of midwives since the summer, and 14 births "
        "were moved to other hospitals in November alone. The board said the closure would last at least six "
        'weeks. A review published last month found that staffing had fallen by a quarter since 2021. "Safety '
        'has to come first," the medical director said yesterday. Campaigners will hold a rally outside the '
        "hospital on Saturday. The ward is expected to reopen in the spring.",
        date(2024, 12, 31),
        [
            ("Friday", "2025-01-03"),
            ("Monday", "2024-12-30"),
            ("the summer", "2024-SU"),
            ("November", "2024-11"),
            ("at least six weeks", "P6W"),
            ("last month", "2024-11"),
            ("2021", "2021"),
            ("yesterday", "2024-12-30"),
            ("Saturday", "2025-01-04"),
            ("the spring", "2025-SP"),
        ],
    ),
    (
        "page-school-merger-january",
        "Two primary schools in Eastbrook will merge in September after the county council approved the plan "
        "on Friday. Pupil numbers at Hill Lane Primary have fallen every year since 2019, and the school had "
        'only 84 children on its roll in October. Parents were first told of the proposal last spring. "This '
        'has been a hard decision," the headteacher wrote in a letter to families on Sunday. The new school '
        "will be led by the Hill Lane head for two years. A meeting for parents takes place at 6.30pm on "
        "Thursday. Building work at the Church Road site starts in the summer.",
        date(2026, 1, 5),
        [
            ("September", "2026-09"),
            ("Friday", "2026-01-02"),
            ("every year", "P1Y"),
            ("2019", "2019"),
            ("October", "2025-10"),
            ("last spring", "2025-SP"),
            ("Sunday", "2026-01-04"),
            ("two years", "P2Y"),
            ("6.30pm on Thursday", "2026-01-08T18:30"),
            ("the summer", "2026-SU"),
        ],
    ),
    (
        "page-chipmaker-first-quarter",
        "Northvale Semiconductor said on Thursday that first-quarter profit fell 18% as demand for chips used "
        "in smartphones weakened. Net income for the quarter was $420 million, down from $512 million in the "
        "year-ago quarter. Revenue slipped 6% to $3.1 billion. The company, which cut 1,200 jobs in January, "
        "said it expected second-quarter sales to be roughly flat. It kept its forecast for 2025, saying "
        'orders had started to recover in March. "The worst is behind us," chief executive Tom Reyes told '
        "analysts. Shares have fallen 22% this year. The company will hold an investor day on June 10.",
        date(2025, 4, 24),
        [
            ("Thursday", "2025-04-24"),
            ("first-quarter", "2025-Q1"),
            ("the quarter", "2025-Q1"),
            ("the year-ago quarter", "2024-Q1"),
            ("January", "2025-01"),
            ("second-quarter", "2025-Q2"),
            ("2025", "2025"),
            ("March", "2025-03"),
            ("this year", "2025"),
            ("June 10", "2025-06-10"),
        ],
    ),
    (
        "page-trucking-merger",
        "Harbor Freight Lines agreed on Tuesday to buy rival Coastway Logistics for $2.4 billion, creating "
        "the country's third-largest trucking group. The deal is expected to close in the first quarter of "
        "2026, subject to regulatory approval. Coastway's shareholders will vote on the offer on Sept. 18. "
        "Talks between the two companies began in March, according to people familiar with the matter, and "
        'stalled briefly in May. Harbor last made an acquisition in 2019. "We have watched this business for '
        'years," its chairman said. The combined company expects savings of $150 million by the end of 2027.',
        date(2025, 7, 30),
        [
            ("Tuesday", "2025-07-29"),
            ("the first quarter of 2026", "2026-Q1"),
            ("Sept. 18", "2025-09-18"),
            ("March", "2025-03"),
            ("May", "2025-05"),
            ("2019", "2019"),
            ("years", "PXY"),
            ("the end of 2027", "2027"),
        ],
    ),
    (
        "page-alzheimers-nature-wednesday",
        "A drug that clears toxic proteins from the brain slowed memory loss in older adults, according to a "
        "study published on Wednesday in Nature. The trial, which began in 2021, followed 1,400 patients for "
        "18 months. Those on the drug declined about 30% more slowly than those given a placebo. The results "
        'were first presented at a conference in Boston in December. "It is the first time we have seen this '
        'effect so clearly," said lead author Dr Mei Lin. The company behind the drug plans to apply for '
        "approval later this year, and a larger trial will start in the autumn. Regulators rejected an "
        "earlier version of the treatment in 2018.",
        date(2025, 3, 13),
        [
            ("Wednesday", "2025-03-12"),
            ("2021", "2021"),
            ("18 months", "P18M"),
            ("December", "2024-12"),
            ("later this year", "2025"),
            ("the autumn", "2025-FA"),
            ("2018", "2018"),
        ],
    ),
    (
        "page-county-cup-semifinal",
        "Ashford Town reached the county cup final for the first time since 1987 with a 2-1 win over "
        "Millbrook on Saturday. Striker Leon Hayes scored twice in the second half, his first goals since "
        'February. The club was relegated a year ago and sat near the bottom of the table in March. "Two '
        "years ago we nearly went out of business,\" manager Carl Dyer said after the game. Next month's "
        "final against Redcar will be played on June 7. Tickets go on sale on Wednesday morning. Hayes, who "
        "turns 34 in August, has agreed a new contract.",
        date(2025, 5, 19),
        [
            ("1987", "1987"),
            ("Saturday", "2025-05-17"),
            ("February", "2025-02"),
            ("a year ago", "2024"),
            ("March", "2025-03"),
            ("Two years ago", "2023"),
            ("Next month", "2025-06"),
            ("June 7", "2025-06-07"),
            ("Wednesday morning", "2025-05-21TMO"),
            ("August", "2025-08"),
        ],
    ),
    (
        "page-housing-appeal-kelby",
        "A developer's plan for 350 homes on farmland north of Kelby was approved on appeal on Monday, ending "
        "a fight that has lasted three years. The planning inspector said the district had failed to show a "
        "five-year supply of building land. The council refused the scheme in October 2022 and again last "
        "year after a second application. Residents have 42 days to challenge the ruling in the High Court. "
        '"We are bitterly disappointed," said Jo Marsh of the Kelby Fields campaign, which has met every '
        "Thursday since the spring. Work on the first phase could start next summer. The council's new local "
        "plan is due to be published in December.",
        date(2025, 10, 14),
        [
            ("Monday", "2025-10-13"),
            ("three years", "P3Y"),
            ("five-year", "P5Y"),
            ("October 2022", "2022-10"),
            ("last year", "2024"),
            ("42 days", "P42D"),
            ("every Thursday", "XXXX-WXX-4"),
            ("the spring", "2025-SP"),
            ("next summer", "2026-SU"),
            ("December", "2025-12"),
        ],
    ),
    (
        "page-retailer-third-quarter",
        "Brightmart Stores reported on Wednesday a 9% rise in third-quarter sales and said it expected its "
        "busiest holiday season in five years. Profit for the quarter rose to $310 million from $255 million "
        "a year earlier. The retailer hired 40,000 seasonal workers in October, twice as many as last year. "
        "It raised its forecast for 2025 and said fourth-quarter comparable sales should grow 4% to 5%. The "
        "chain will open its stores at 6 a.m. on Nov. 27 for the first time since 2019. Its shares rose 7% in "
        "early trading on Thursday.",
        date(2025, 11, 6),
        [
            ("Wednesday", "2025-11-05"),
            ("third-quarter", "2025-Q3"),
            ("five years", "P5Y"),
            ("the quarter", "2025-Q3"),
            ("a year earlier", "2024-Q3"),
            ("October", "2025-10"),
            ("last year", "2024"),
            ("2025", "2025"),
            ("fourth-quarter", "2025-Q4"),
            ("6 a.m. on Nov. 27", "2025-11-27T06:00"),
            ("2019", "2019"),
            ("Thursday", "2025-11-06"),
        ],
    ),
    (
        "page-six-nations-wales",
        "Wales coach Huw Price named an unchanged side on Tuesday. Wales play Scotland in Cardiff on "
        "Saturday. They lost 27-13 to Ireland at the weekend and have not won a Six Nations game since March "
        "2023. Price, who took charge in the summer, said his players trained for two hours in the rain on "
        'Monday. "We are close," he said. "Give us a month and you will see a different team." Kick-off is at '
        "4.45pm on Saturday. Wales finish their campaign against Italy in Rome on March 14.",
        date(2026, 2, 11),
        [
            ("Tuesday", "2026-02-10"),
            ("Saturday", "2026-02-14"),
            ("the weekend", "2026-W06-WE"),
            ("March 2023", "2023-03"),
            ("the summer", "2025-SU"),
            ("two hours", "PT2H"),
            ("Monday", "2026-02-09"),
            ("a month", "P1M"),
            ("4.45pm on Saturday", "2026-02-14T16:45"),
            ("March 14", "2026-03-14"),
        ],
    ),
    (
        "page-ai-startup-model",
        "The London start-up Lumen AI released a new language model on Monday, six months after its previous "
        "system was criticised for inventing facts. The company said the model had been trained for 90 days "
        "on chips rented from three cloud providers. Lumen was founded in 2022 by two former university "
        'researchers and raised $200 million in January. "This is the model we wanted to build two years '
        'ago," co-founder Priya Shah said in an interview. A version for businesses will be available from '
        "July 1, and the company plans to open an office in Paris next year. Europe's rules on "
        "general-purpose AI models take effect on Aug. 2.",
        date(2025, 6, 17),
        [
            ("Monday", "2025-06-16"),
            ("six months", "P6M"),
            ("90 days", "P90D"),
            ("2022", "2022"),
            ("January", "2025-01"),
            ("two years ago", "2023"),
            ("July 1", "2025-07-01"),
            ("next year", "2026"),
            ("Aug. 2", "2025-08-02"),
        ],
    ),
    (
        "page-rates-analysis-september",
        "When the central bank's committee meets on Thursday, it is expected to hold interest rates at 4% "
        "for the third time in a row. Rates peaked at 5.25% in August 2023 and were first cut last summer and "
        "most recently in May. Inflation has stayed above the 2% target since 2021 and rose to 3.8% in July. "
        'Economists now expect no further cut until February. "The last mile is always the hardest," one '
        "former policymaker said last week. Mortgage rates have barely moved in the past three months. The "
        "bank will publish new forecasts in November.",
        date(2025, 9, 2),
        [
            ("Thursday", "2025-09-04"),
            ("August 2023", "2023-08"),
            ("last summer", "2024-SU"),
            ("May", "2025-05"),
            ("2021", "2021"),
            ("July", "2025-07"),
            ("now", "PRESENT_REF"),
            ("February", "2026-02"),
            ("last week", "2025-W35"),
            ("the past three months", "P3M"),
            ("November", "2025-11"),
        ],
    ),
    (
        "page-rural-bus-routes",
        "Three rural bus routes in the Vale will be withdrawn at the end of November after the county council "
        "cut its transport subsidy. The routes carried about 90,000 passengers last year, down from 140,000 "
        "in 2019. The operator said it had warned the council in June that the services were no longer "
        'viable. From Dec. 2, the number 42 will run every two hours instead of hourly. "Some villages will '
        "have no bus at all on Sundays,\" said Cllr Peter Gray. The council's cabinet will review the "
        "decision on Nov. 12. A new demand-responsive service is due to start in the spring.",
        date(2024, 10, 29),
        [
            ("the end of November", "2024-11"),
            ("last year", "2023"),
            ("2019", "2019"),
            ("June", "2024-06"),
            ("Dec. 2", "2024-12-02"),
            ("every two hours", "PT2H"),
            ("hourly", "PT1H"),
            ("Sundays", "XXXX-WXX-7"),
            ("Nov. 12", "2024-11-12"),
            ("the spring", "2025-SP"),
        ],
    ),
    (
        "page-folk-festival-record",
        "The Brackwater folk festival drew a record 31,000 visitors over four days last weekend, organisers "
        "said on Wednesday. The event, first held in a pub garden in 1974, moved to its current site in 2008. "
        "This year's festival ended on Sunday night with a set by the Kerrans, who last played there a "
        'decade ago. Ticket sales were up 12% on 2024. "We sold out in six weeks," the director said. '
        "Early-bird tickets for next year go on sale on Sept. 1, and the dates will be announced in October.",
        date(2025, 8, 21),
        [
            ("four days", "P4D"),
            ("last weekend", "2025-W33-WE"),
            ("Wednesday", "2025-08-20"),
            ("1974", "1974"),
            ("2008", "2008"),
            ("This year", "2025"),
            ("Sunday night", "2025-08-17TNI"),
            ("a decade ago", "2015"),
            ("2024", "2024"),
            ("six weeks", "P6W"),
            ("next year", "2026"),
            ("Sept. 1", "2025-09-01"),
            ("October", "2025-10"),
        ],
    ),
    (
        "page-stadium-naming-year-end",
        "Riverside Rovers will play at a renamed ground from August after agreeing a ten-year naming deal "
        "with an energy company, the club confirmed on Sunday. The deal replaces one that expires on "
        "Wednesday. Rovers have played at Kingsmead since 1921. Supporters' groups, who met club officials "
        'twice in November, said they were consulted too late. "The name changes, the club doesn\'t," '
        "chairman Ian Wood said on Sunday. The club will host Hartley on New Year's Day and travel to Dunford "
        "on Saturday. Its accounts for the year to June 30 showed a loss of £4.1 million.",
        date(2025, 12, 29),
        [
            ("August", "2026-08"),
            ("ten-year", "P10Y"),
            ("Sunday", "2025-12-28"),
            ("Wednesday", "2025-12-31"),
            ("1921", "1921"),
            ("November", "2025-11"),
            ("Sunday", "2025-12-28"),
            ("New Year's Day", "2026-01-01"),
            ("Saturday", "2026-01-03"),
            ("the year", "P1Y"),
            ("June 30", "2025-06-30"),
        ],
    ),
    (
        "page-flu-critical-incident",
        "Hospitals in the north-east declared a critical incident on Tuesday as flu admissions rose for the "
        "fifth week in a row. There were 412 patients with flu in the region's hospitals on New Year's Eve, "
        "compared with 96 a month earlier. Ambulance crews waited an average of 95 minutes to hand over "
        'patients last week. "The next fortnight will be the hardest we have faced since the pandemic," the '
        "regional medical director said on Tuesday. Health officials urged people to get vaccinated before "
        "the end of January. The incident will be reviewed on Friday. Admissions peaked at 520 in January "
        "2023.",
        date(2024, 1, 3),
        [
            ("Tuesday", "2024-01-02"),
            ("New Year's Eve", "2023-12-31"),
            ("a month earlier", "2023-11"),
            ("95 minutes", "PT95M"),
            ("last week", "2023-W52"),
            ("The next fortnight", "P2W"),
            ("Tuesday", "2024-01-02"),
            ("the end of January", "2024-01"),
            ("Friday", "2024-01-05"),
            ("January 2023", "2023-01"),
        ],
    ),
    (
        "page-mars-rover-launch",
        "A European rover bound for Mars will launch on Tuesday from French Guiana, eight years later than "
        "first planned. The mission was meant to lift off in 2018 but was delayed by parachute failures and "
        "then by the war in Ukraine, which ended a partnership with Russia in 2022. The rover should reach "
        "Mars in October 2028 after a journey of about 31 months. Engineers completed its final tests in "
        'January. "We have waited for this for years," the project manager said on Sunday. Launch is set for '
        "9.42pm local time on Tuesday. The rover will drill two metres below the surface to look for signs of "
        "past life.",
        date(2026, 3, 9),
        [
            ("Tuesday", "2026-03-10"),
            ("eight years", "P8Y"),
            ("2018", "2018"),
            ("2022", "2022"),
            ("October 2028", "2028-10"),
            ("about 31 months", "P31M"),
            ("January", "2026-01"),
            ("years", "PXY"),
            ("Sunday", "2026-03-08"),
            ("9.42pm local time on Tuesday", "2026-03-10T21:42"),
        ],
    ),
    (
        "page-water-bills-regulator",
        "Household water bills in England and Wales will rise by an average of 26% over the next five years, "
        "the regulator confirmed on Thursday. The increase, worth about £123 extra for the average home, "
        "starts in April. Companies had asked for rises of more than 40% when they submitted their plans in "
        "October 2023. Thames Water, which has debts of about £16 billion, says it could run out of cash by "
        'March. "Customers are paying more and getting less," a consumer group said on Thursday. The '
        "regulator's chief executive, in post since 2020, will step down next month. A review of the "
        "industry is due to report in June.",
        date(2025, 2, 7),
        [
            ("the next five years", "P5Y"),
            ("Thursday", "2025-02-06"),
            ("April", "2025-04"),
            ("October 2023", "2023-10"),
            ("March", "2025-03"),
            ("Thursday", "2025-02-06"),
            ("2020", "2020"),
            ("next month", "2025-03"),
            ("June", "2025-06"),
        ],
    ),
    (
        "page-ashes-perth-friday",
        "England were bowled out for 172 in Perth on Friday, leaving Australia firmly in control of the first "
        "Test. Australia had batted for most of Thursday after winning the toss. England last won a Test in "
        "Australia in January 2011. Captain Ben Stokes, who missed the summer with a hamstring injury, made "
        '14 in 40 minutes. "We will come back tomorrow," he said. The second Test begins in Brisbane on Dec. '
        "4 and will be played under lights. The five-match series ends in Sydney in January.",
        date(2025, 11, 28),
        [
            ("Friday", "2025-11-28"),
            ("Thursday", "2025-11-27"),
            ("January 2011", "2011-01"),
            ("the summer", "2025-SU"),
            ("40 minutes", "PT40M"),
            ("tomorrow", "2025-11-29"),
            ("Dec. 4", "2025-12-04"),
            ("January", "2026-01"),
        ],
    ),
    (
        "page-heart-drug-trial-halted",
        "Corva Pharmaceuticals halted a late-stage trial of its heart drug on Tuesday after an independent "
        "panel found no benefit, sending its shares down 38%. The study had enrolled 9,000 patients since "
        "2023. The drug, which earned $1.1 billion last year in an older use, loses patent protection in "
        "2029. Analysts said the company would have to cut its 2026 sales forecast when it reports "
        'first-quarter results on April 28. "This is a blow, not a catastrophe," chief executive Sara Holt '
        "said in a statement. The company bought the drug's developer in 2020 for $5 billion. The panel's "
        "full findings will be presented at a meeting in Madrid in August.",
        date(2026, 4, 15),
        [
            ("Tuesday", "2026-04-14"),
            ("2023", "2023"),
            ("last year", "2025"),
            ("2029", "2029"),
            ("2026", "2026"),
            ("first-quarter", "2026-Q1"),
            ("April 28", "2026-04-28"),
            ("2020", "2020"),
            ("August", "2026-08"),
        ],
    ),
    (
        "page-house-prices-new-year",
        "House prices ended 2025 almost exactly where they started it, according to figures published on "
        "Wednesday. The average home cost £271,000 in December, 0.2% more than a year earlier. Prices rose in "
        "the spring, when buyers rushed to beat a change in stamp duty on April 1, then drifted lower through "
        'the autumn. Sales are still about 10% below their level in 2019. "The market spent most of 2025 '
        'waiting for rate cuts," said economist Ruth Adeyemi. Lenders expect prices to rise 2% to 3% in 2026. '
        "The central bank next sets rates on Feb. 5.",
        date(2026, 1, 1),
        [
            ("2025", "2025"),
            ("Wednesday", "2025-12-31"),
            ("December", "2025-12"),
            ("a year earlier", "2024"),
            ("the spring", "2025-SP"),
            ("April 1", "2025-04-01"),
            ("the autumn", "2025-FA"),
            ("2019", "2019"),
            ("2025", "2025"),
            ("2026", "2026"),
            ("Feb. 5", "2026-02-05"),
        ],
    ),
    (
        "page-bridge-closure-castleford",
        "The Old Town bridge in Castleford will close to traffic for 18 months from May so that its Victorian "
        "piers can be strengthened, the council announced on Friday. Inspectors found cracks in two of the "
        "piers last autumn, and a weight limit has been in force since November. About 11,000 vehicles "
        "crossed the bridge each day before the limit. Buses will be diverted through Mill Lane, adding about "
        '20 minutes to journeys. "We know this will be painful," the council\'s highways chief said. The work '
        "was first proposed in 2017 but was delayed by a dispute over funding that was settled only in "
        "January. A drop-in session for residents will be held at the library at 6pm on April 9.",
        date(2025, 3, 31),
        [
            ("18 months", "P18M"),
            ("May", "2025-05"),
            ("Friday", "2025-03-28"),
            ("last autumn", "2024-FA"),
            ("November", "2024-11"),
            ("each day", "P1D"),
            ("about 20 minutes", "PT20M"),
            ("2017", "2017"),
            ("January", "2025-01"),
            ("6pm on April 9", "2025-04-09T18:00"),
        ],
    ),
    (
        "page-weather-satellites-year-end",
        "Three satellites launched on Tuesday will give forecasters their sharpest view yet of storms over "
        "the Atlantic, the weather agency said on Wednesday. The spacecraft reached their planned orbits "
        "within four hours of launch. The first images are expected in mid-February, and the system should be "
        "fully working before the hurricane season begins on June 1. The satellites replace a pair launched "
        'in 2014, one of which failed last year. "The past decade has shown us how fast these storms can '
        "intensify,\" the agency's director said. The agency has asked Congress for $900 million for a "
        "further launch in 2029.",
        date(2026, 12, 31),
        [
            ("Tuesday", "2026-12-29"),
            ("Wednesday", "2026-12-30"),
            ("four hours", "PT4H"),
            ("mid-February", "2027-02"),
            ("June 1", "2027-06-01"),
            ("2014", "2014"),
            ("last year", "2025"),
            ("The past decade", "P10Y"),
            ("2029", "2029"),
        ],
    ),
    (
        "page-university-strike-northgate",
        "Lecturers at Northgate University will strike for 10 days next month in a dispute over job cuts, the "
        "union said on Sunday. The university announced in September that it planned to cut 300 posts by the "
        "summer to close a £30 million deficit. Staff voted 78% in favour of action in a ballot that closed "
        'on Friday. The walkouts begin on Dec. 1 and end on Dec. 12, just before exams. "Nobody wants to lose '
        'teaching time," union branch secretary Amir Khan said. The university said it had met the union '
        "eight times since October and would meet it again this week. It last faced a strike in 2018.",
        date(2025, 11, 17),
        [
            ("10 days", "P10D"),
            ("next month", "2025-12"),
            ("Sunday", "2025-11-16"),
            ("September", "2025-09"),
            ("the summer", "2026-SU"),
            ("Friday", "2025-11-14"),
            ("Dec. 1", "2025-12-01"),
            ("Dec. 12", "2025-12-12"),
            ("October", "2025-10"),
            ("this week", "2025-W47"),
            ("2018", "2018"),
        ],
    ),
    (
        "page-airline-first-half",
        "Skyway Airlines said on Thursday that it carried a record 41 million passengers in the first half, "
        "but warned that fares had softened in July. Pre-tax profit for the six months to June 30 rose 11% to "
        "€820 million. The airline expects the second half to be weaker as engine problems keep 20 of its "
        "jets on the ground until at least March. It took delivery of its first new long-haul aircraft in "
        'May, two years late. "Bookings for August are strong," chief executive Marta Lind said. The company '
        "will pay an interim dividend on Sept. 26. Its shares have doubled since the start of 2023.",
        date(2025, 7, 24),
        [
            ("Thursday", "2025-07-24"),
            ("the first half", "2025-H1"),
            ("July", "2025-07"),
            ("the six months", "P6M"),
            ("June 30", "2025-06-30"),
            ("the second half", "2025-H2"),
            ("March", "2026-03"),
            ("May", "2025-05"),
            ("two years", "P2Y"),
            ("August", "2025-08"),
            ("Sept. 26", "2025-09-26"),
            ("the start of 2023", "2023"),
        ],
    ),
    (
        "page-library-reopens-sunday",
        "Kingsbridge's central library reopened on Saturday after a two-year refurbishment that ran six "
        "months over schedule. The library closed in September 2023 when inspectors found asbestos in the "
        'roof. Work had been due to finish in April. "It was worth the wait," said Maureen Oakes, 81, who has '
        "borrowed books there every week since 1962. The library will now also open on Sundays. A cafe on the "
        "top floor opens next month.",
        date(2025, 10, 12),
        [
            ("Saturday", "2025-10-11"),
            ("two-year", "P2Y"),
            ("six months", "P6M"),
            ("September 2023", "2023-09"),
            ("April", "2025-04"),
            ("every week", "P1W"),
            ("1962", "1962"),
            ("now", "PRESENT_REF"),
            ("Sundays", "XXXX-WXX-7"),
            ("next month", "2025-11"),
        ],
    ),
    (
        "page-tennis-first-slam",
        "Maria Kovac won her first Grand Slam title on Sunday, beating the defending champion 6-4, 7-6 in a "
        "final that lasted two hours and 11 minutes. Kovac, 22, had never gone past the fourth round of a "
        "major before this year. She lost in the first round here in 2023 and spent five months out with a "
        'wrist injury last year. "A year ago I could not hold a racket," she said after the match. Kovac will '
        "rise to No. 4 in the rankings published on Monday. She plays next in Beijing later this month, "
        "before the WTA Finals in November.",
        date(2025, 9, 8),
        [
            ("Sunday", "2025-09-07"),
            ("two hours and 11 minutes", "PT2H11M"),
            ("this year", "2025"),
            ("2023", "2023"),
            ("five months", "P5M"),
            ("last year", "2024"),
            ("A year ago", "2024"),
            ("Monday", "2025-09-08"),
            ("later this month", "2025-09"),
            ("November", "2025-11"),
        ],
    ),
    (
        "page-energy-merger-blocked",
        "Competition regulators on Friday blocked the £7 billion merger of two of Britain's largest energy "
        "suppliers, saying it would push up bills for millions of households. The companies announced the "
        "deal in March 2024 and had hoped to complete it by the end of 2024. The regulator opened an in-depth "
        'inquiry in August. The two suppliers have 21 days to appeal. "We are disappointed and are '
        "considering our options,\" a spokesman said on Saturday. The decision is the regulator's first block "
        "of a deal since 2021. Energy bills are due to rise again on April 1, when a new price cap takes "
        "effect. The regulator will publish its full reasons within a week.",
        date(2025, 2, 24),
        [
            ("Friday", "2025-02-21"),
            ("March 2024", "2024-03"),
            ("the end of 2024", "2024"),
            ("August", "2024-08"),
            ("21 days", "P21D"),
            ("Saturday", "2025-02-22"),
            ("2021", "2021"),
            ("April 1", "2025-04-01"),
            ("a week", "P1W"),
        ],
    ),
    (
        "page-eastport-marathon-heat",
        "More than 18,000 runners took part in the Eastport Marathon on Sunday, the largest field since the "
        "race began in 1982. Kenya's Daniel Kiprop won the men's race in a course record. Temperatures "
        "reached 24C by midday, and medics treated 140 runners for heat exhaustion. Several roads in the city "
        'centre stayed closed until 6pm. "Last year we had rain and wind," said organiser Lisa Grant. '
        "Entries for next year's race open on June 1. Next year's race will be held on April 18, 2027.",
        date(2026, 4, 27),
        [
            ("Sunday", "2026-04-26"),
            ("1982", "1982"),
            ("midday", "2026-04-26T12:00"),
            ("6pm", "2026-04-26T18:00"),
            ("Last year", "2025"),
            ("next year", "2027"),
            ("June 1", "2026-06-01"),
            ("Next year", "2027"),
            ("April 18, 2027", "2027-04-18"),
        ],
    ),
    (
        "page-chip-plant-delay-analysis",
        "When Verant announced plans for a $20 billion chip factory outside Columbus in January 2022, it "
        "promised production by 2025. That date has now slipped to 2030, the company said on Monday, blaming "
        "weak demand. The site has cost $7 billion so far and employs 1,800 construction workers. Local "
        "officials, who spent two years preparing roads and water lines for the plant, said they had been "
        'told of the delay only last week. "We built this on a promise," the county administrator said. '
        "Verant's new chief executive, appointed in December, is reviewing every big project. The company "
        "reports its first-quarter results on Thursday.",
        date(2025, 5, 6),
        [
            ("January 2022", "2022-01"),
            ("2025", "2025"),
            ("now", "PRESENT_REF"),
            ("2030", "2030"),
            ("Monday", "2025-05-05"),
            ("two years", "P2Y"),
            ("last week", "2025-W18"),
            ("December", "2024-12"),
            ("first-quarter", "2025-Q1"),
            ("Thursday", "2025-05-08"),
        ],
    ),
    (
        "page-waiting-lists-westshire",
        "Patients in Westshire waited an average of 41 weeks for routine operations in November, the longest "
        "since records began in 2008, figures published on Wednesday show. The health board had promised in "
        'the spring to cut the wait to 30 weeks by March. "We are not where we want to be," chief executive '
        "Helen Moss said on Thursday. More than 2,000 people have now waited more than two years for "
        "treatment. A new surgical centre at Penbury opens in the autumn. Nurses at the board's three "
        "hospitals will be balloted on strike action later this month.",
        date(2026, 1, 2),
        [
            ("41 weeks", "P41W"),
            ("November", "2025-11"),
            ("2008", "2008"),
            ("Wednesday", "2025-12-31"),
            ("the spring", "2025-SP"),
            ("30 weeks", "P30W"),
            ("March", "2026-03"),
            ("Thursday", "2026-01-01"),
            ("now", "PRESENT_REF"),
            ("more than two years", "P2Y"),
            ("the autumn", "2026-FA"),
            ("later this month", "2026-01"),
        ],
    ),
    # --- a sixteenth held-out batch: articles on transport, schools, environment, culture, health, written blind ---
    (
        "news-rail-drivers-strike-saturday",
        "LONDON -- Train drivers will walk out for 24 hours on Tuesday, their union announced on Friday. The "
        "stoppage starts at 00:01 on Tuesday and most routes will close by 7pm. Drivers rejected a pay offer "
        'in October after talks that lasted four months. "We have waited since 2023 for a fair deal," the '
        "union's general secretary said on Friday. A second strike is planned for next month. The operator "
        "says services will return to normal on Wednesday.",
        date(2025, 11, 15),
        [
            ("24 hours", "PT24H"),
            ("Tuesday", "2025-11-18"),
            ("Friday", "2025-11-14"),
            ("00:01 on Tuesday", "2025-11-18T00:01"),
            ("7pm", "2025-11-18T19:00"),
            ("October", "2025-10"),
            ("four months", "P4M"),
            ("2023", "2023"),
            ("Friday", "2025-11-14"),
            ("next month", "2025-12"),
            ("Wednesday", "2025-11-19"),
        ],
    ),
    (
        "news-a-level-results-day-thursday",
        "Students across England received their A-level results this morning, with top grades slightly down "
        "on last year. Results were released to schools at 8am, and universities confirmed places shortly "
        "after. The exams were sat in May and June. In 2021, when exams were cancelled, a record 44.8% of "
        'entries won an A or A*. "I\'ve been awake since 5am," said one pupil in Leeds. GCSE results follow '
        "on August 21. Clearing opened on July 5 and runs until October 20.",
        date(2025, 8, 14),
        [
            ("this morning", "2025-08-14TMO"),
            ("last year", "2024"),
            ("8am", "2025-08-14T08:00"),
            ("May", "2025-05"),
            ("June", "2025-06"),
            ("2021", "2021"),
            ("5am", "2025-08-14T05:00"),
            ("August 21", "2025-08-21"),
            ("July 5", "2025-07-05"),
            ("October 20", "2025-10-20"),
        ],
    ),
    (
        "news-gatwick-air-traffic-fault-monday",
        "Passengers at Gatwick faced delays of six hours on Sunday after a fault in air traffic control "
        "systems. The problem began at 2.15pm and was fixed at 6pm. The airport apologised on Monday. About "
        '120 flights were cancelled over the weekend. "Yesterday was a very difficult day," a spokesperson '
        "said. A similar failure in August 2023 grounded thousands of flights for two days. An independent "
        "review will report in September.",
        date(2025, 7, 28),
        [
            ("six hours", "PT6H"),
            ("Sunday", "2025-07-27"),
            ("2.15pm", "2025-07-27T14:15"),
            ("6pm", "2025-07-27T18:00"),
            ("Monday", "2025-07-28"),
            ("the weekend", "2025-W30-WE"),
            ("Yesterday", "2025-07-27"),
            ("August 2023", "2023-08"),
            ("two days", "P2D"),
            ("September", "2025-09"),
        ],
    ),
    (
        "news-severn-flood-warning-friday",
        "Residents of towns along the River Severn were told to prepare for flooding this weekend after heavy "
        "rain on Thursday. The river is expected to peak on Saturday evening. Sandbags were handed out in "
        "Shrewsbury on Friday morning. In February 2020, Storm Dennis flooded more than 1,000 homes along the "
        'river. "The next 48 hours are critical," the agency\'s duty manager said. Schools in the area will '
        "close on Monday as a precaution. Forecasters say the rain will ease by Tuesday.",
        date(2025, 1, 24),
        [
            ("this weekend", "2025-W04-WE"),
            ("Thursday", "2025-01-23"),
            ("Saturday evening", "2025-01-25TEV"),
            ("Friday morning", "2025-01-24TMO"),
            ("February 2020", "2020-02"),
            ("The next 48 hours", "PT48H"),
            ("Monday", "2025-01-27"),
            ("Tuesday", "2025-01-28"),
        ],
    ),
    (
        "news-heat-alert-heathrow-saturday",
        "Temperatures reached 34C at Heathrow on Friday afternoon, the highest reading there since 1976. An "
        "amber heat health alert runs until 9am on Monday. Thunderstorms are expected to break the heat on "
        "Sunday night. Last summer, the same alert lasted five days. Hospitals reported a rise in admissions "
        "this week. Water companies have warned of hosepipe bans from July.",
        date(2025, 6, 21),
        [
            ("Friday afternoon", "2025-06-20TAF"),
            ("1976", "1976"),
            ("9am on Monday", "2025-06-23T09:00"),
            ("Sunday night", "2025-06-22TNI"),
            ("Last summer", "2024-SU"),
            ("five days", "P5D"),
            ("this week", "2025-W25"),
            ("July", "2025-07"),
        ],
    ),
    (
        "news-victoria-bushfires-new-year",
        "MELBOURNE -- Firefighters in Victoria were battling 40 blazes on Friday after a week of temperatures "
        "above 40C. More than 2,000 people spent New Year's Eve in evacuation centres. A fire near Bright "
        "jumped containment lines overnight. The fire season began in October. In 2019, fires burned more "
        "than 24 million hectares across the country. The premier said on Thursday that crews from other "
        "states would arrive next week. Conditions will ease on Sunday, forecasters say.",
        date(2026, 1, 2),
        [
            ("Friday", "2026-01-02"),
            ("a week", "P1W"),
            ("New Year's Eve", "2025-12-31"),
            ("overnight", "2026-01-01TNI"),
            ("October", "2025-10"),
            ("2019", "2019"),
            ("Thursday", "2026-01-01"),
            ("next week", "2026-W02"),
            ("Sunday", "2026-01-04"),
        ],
    ),
    (
        "news-edinburgh-festival-programme-tuesday",
        "EDINBURGH -- The International Festival unveiled its programme on Tuesday, with 300 performances "
        "over three weeks in August. The festival opens on August 1 with a free concert at 8pm. Tickets go on "
        'sale at 10am on March 22. "This year we wanted to go back to our roots," the director said. The '
        "festival was founded in 1947 and marks its 80th edition next year. Last year's programme sold a "
        "record 180,000 tickets.",
        date(2025, 3, 11),
        [
            ("Tuesday", "2025-03-11"),
            ("three weeks", "P3W"),
            ("August", "2025-08"),
            ("August 1", "2025-08-01"),
            ("8pm", "2025-08-01T20:00"),
            ("10am on March 22", "2025-03-22T10:00"),
            ("This year", "2025"),
            ("1947", "1947"),
            ("next year", "2026"),
            ("Last year", "2024"),
        ],
    ),
    (
        "news-fiction-prize-ceremony-monday",
        "The novelist Ama Osei won the fiction prize at a ceremony in London on Sunday night. The judges met "
        "for six hours on Sunday afternoon before reaching a verdict, the chair said on Monday. Osei, who was "
        "born in 1989, began the book in 2020. The shortlist was announced in January. The prize money of "
        "50,000 pounds will be paid next month. Next year's ceremony will move to Manchester.",
        date(2025, 2, 24),
        [
            ("Sunday night", "2025-02-23TNI"),
            ("six hours", "PT6H"),
            ("Sunday afternoon", "2025-02-23TAF"),
            ("Monday", "2025-02-24"),
            ("1989", "1989"),
            ("2020", "2020"),
            ("January", "2025-01"),
            ("next month", "2025-03"),
            ("Next year", "2026"),
        ],
    ),
    (
        "news-hospital-waiting-lists-thursday",
        "Waiting lists for hospital treatment in England fell again in August, figures published on Thursday "
        "show. Patients waited an average of 14 weeks for routine surgery. The government has promised that "
        "92% of patients will be seen within 18 weeks by March 2029. The target was last met in 2015. A&E "
        "performance worsened last month, with 1,500 patients waiting more than 12 hours. Resident doctors "
        "plan to strike for five days from Monday.",
        date(2025, 10, 9),
        [
            ("August", "2025-08"),
            ("Thursday", "2025-10-09"),
            ("14 weeks", "P14W"),
            ("18 weeks", "P18W"),
            ("March 2029", "2029-03"),
            ("2015", "2015"),
            ("last month", "2025-09"),
            ("more than 12 hours", "PT12H"),
            ("five days", "P5D"),
            ("Monday", "2025-10-13"),
        ],
    ),
    (
        "news-cloud-provider-outage-wednesday",
        "Thousands of websites went offline for three hours on Tuesday after a fault at a major cloud "
        "provider. The outage began at 07:40 GMT. Services were restored by 10:45 GMT. The company apologised "
        "on Wednesday and blamed a faulty software update. A similar failure in July 2024 disrupted airlines "
        "and banks for a day. Engineers will publish a full report within two weeks. Shares in the company "
        "fell 3% on Wednesday.",
        date(2025, 10, 22),
        [
            ("three hours", "PT3H"),
            ("Tuesday", "2025-10-21"),
            ("07:40 GMT", "2025-10-21T07:40"),
            ("10:45 GMT", "2025-10-21T10:45"),
            ("Wednesday", "2025-10-22"),
            ("July 2024", "2024-07"),
            ("a day", "P1D"),
            ("two weeks", "P2W"),
            ("Wednesday", "2025-10-22"),
        ],
    ),
    (
        "news-care-home-theft-sentencing-friday",
        "A former care home manager was jailed for seven years on Friday for stealing from elderly residents "
        "over nine years. She began taking money in 2012 and was caught in 2021. The jury convicted her in "
        'March after a trial lasting five weeks. "She betrayed people who trusted her every day," the judge '
        "said. She will be eligible for parole in 2029. A hearing to recover the money is set for June 12.",
        date(2025, 5, 16),
        [
            ("seven years", "P7Y"),
            ("Friday", "2025-05-16"),
            ("nine years", "P9Y"),
            ("2012", "2012"),
            ("2021", "2021"),
            ("March", "2025-03"),
            ("five weeks", "P5W"),
            ("every day", "P1D"),
            ("2029", "2029"),
            ("June 12", "2025-06-12"),
        ],
    ),
    (
        "news-school-term-dates-saturday",
        "Pupils in Scotland return to school on Monday after a two-week break, while most schools in England "
        "reopen on Tuesday. A council in Kent proposed on Friday to shorten the long break to four weeks from "
        '2026. "Children lose too much learning over six weeks," the council leader said. Term ends on April '
        "4, and pupils then get a fortnight off. Last year, strikes closed hundreds of schools.",
        date(2025, 1, 4),
        [
            ("Monday", "2025-01-06"),
            ("two-week", "P2W"),
            ("Tuesday", "2025-01-07"),
            ("Friday", "2025-01-03"),
            ("four weeks", "P4W"),
            ("2026", "2026"),
            ("six weeks", "P6W"),
            ("April 4", "2025-04-04"),
            ("a fortnight", "P2W"),
            ("Last year", "2024"),
        ],
    ),
    (
        "news-tube-strike-new-years-eve",
        "Tube drivers will strike on January 8 and 9, the RMT union said on Wednesday. Services on New Year's "
        'Day will run as normal. Drivers last struck in September, shutting most lines for a week. "We gave '
        "management until Christmas to make an offer,\" the union's regional organiser said. Talks are "
        "scheduled for Monday. Fares will rise by 4.6% next year.",
        date(2025, 12, 31),
        [
            ("January 8", "2026-01-08"),
            ("9", "2026-01-09"),
            ("Wednesday", "2025-12-31"),
            ("New Year's Day", "2026-01-01"),
            ("September", "2025-09"),
            ("a week", "P1W"),
            ("Christmas", "2025-12-25"),
            ("Monday", "2026-01-05"),
            ("next year", "2026"),
        ],
    ),
    (
        "news-attica-wildfire-sunday",
        "ATHENS -- A wildfire north of Athens was still burning on Sunday. It broke out on Thursday afternoon "
        "near Marathon and spread quickly in strong winds. Residents of 12 villages were evacuated overnight, "
        'the fire service said. In July 2018, a fire in nearby Mati killed 104 people. "The next two days '
        'will be decisive," the civil protection minister said on Saturday. Winds will drop on Tuesday, '
        "meteorologists say. Greece has recorded more than 1,500 fires since June.",
        date(2025, 8, 10),
        [
            ("Sunday", "2025-08-10"),
            ("Thursday afternoon", "2025-08-07TAF"),
            ("overnight", "2025-08-09TNI"),
            ("July 2018", "2018-07"),
            ("The next two days", "P2D"),
            ("Saturday", "2025-08-09"),
            ("Tuesday", "2025-08-12"),
            ("June", "2025-06"),
        ],
    ),
    (
        "news-murder-appeal-referral-monday",
        "A man convicted of a 1998 murder will have his case heard by the Court of Appeal in February, his "
        "lawyers said on Monday. Daniel Price, 52, has spent 26 years in prison. New DNA tests carried out "
        "last year pointed to another man. The Criminal Cases Review Commission referred the case on December "
        '19. "He has waited more than half his life for this," his sister said. The hearing is expected to '
        "last three days. The police force will respond in the new year, a spokesperson said.",
        date(2024, 12, 30),
        [
            ("1998", "1998"),
            ("February", "2025-02"),
            ("Monday", "2024-12-30"),
            ("26 years", "P26Y"),
            ("last year", "2023"),
            ("December 19", "2024-12-19"),
            ("three days", "P3D"),
            ("the new year", "2025"),
        ],
    ),
    (
        "news-manchester-hospitals-it-failure-tuesday",
        "Three hospitals in Manchester cancelled operations on Monday after their computer systems failed at "
        '8am. Staff used paper records for 14 hours until the systems were restored at 10pm. "Last night was '
        'chaotic," one nurse said on Tuesday. The trust said the fault was not a cyberattack, unlike the one '
        "that hit London hospitals in June 2024. Patients whose surgery was cancelled will be offered new "
        "dates within 28 days. An internal review will report next month.",
        date(2025, 4, 15),
        [
            ("Monday", "2025-04-14"),
            ("8am", "2025-04-14T08:00"),
            ("14 hours", "PT14H"),
            ("10pm", "2025-04-14T22:00"),
            ("Last night", "2025-04-14TNI"),
            ("Tuesday", "2025-04-15"),
            ("June 2024", "2024-06"),
            ("28 days", "P28D"),
            ("next month", "2025-05"),
        ],
    ),
    (
        "news-cannes-closing-night-saturday",
        "CANNES, France -- The Palme d'Or will be awarded tonight at the close of the 78th Cannes Film "
        "Festival. The jury has watched 22 films in competition over 11 days. The ceremony starts at 7.15pm. "
        "On Friday, the festival screened its final competition entry, a three-hour drama from Brazil. Last "
        "year the prize went to Anora, which went on to win the best picture Oscar in March. The festival was "
        "first held in 1946. Next year's edition opens in May.",
        date(2025, 5, 24),
        [
            ("tonight", "2025-05-24TNI"),
            ("11 days", "P11D"),
            ("7.15pm", "2025-05-24T19:15"),
            ("Friday", "2025-05-23"),
            ("three-hour", "PT3H"),
            ("Last year", "2024"),
            ("March", "2025-03"),
            ("1946", "1946"),
            ("Next year", "2026"),
            ("May", "2026-05"),
        ],
    ),
    (
        "news-edinburgh-airport-security-strike-monday",
        "Security staff at Edinburgh Airport will strike for three days from Friday, their union announced on "
        "Monday. The airport handled 15 million passengers last year. Workers rejected a 3% pay offer in "
        'July. "We have been negotiating since the spring," a union official said on Saturday. Travellers are '
        "advised to arrive three hours before departure. A previous strike in August 2022 caused queues of "
        "four hours. Talks will resume on Wednesday morning.",
        date(2025, 9, 1),
        [
            ("three days", "P3D"),
            ("Friday", "2025-09-05"),
            ("Monday", "2025-09-01"),
            ("last year", "2024"),
            ("July", "2025-07"),
            ("the spring", "2025-SP"),
            ("Saturday", "2025-08-30"),
            ("three hours", "PT3H"),
            ("August 2022", "2022-08"),
            ("four hours", "PT4H"),
            ("Wednesday morning", "2025-09-03TMO"),
        ],
    ),
    (
        "news-card-payments-outage-saturday",
        "Card payments failed across the UK for two hours on Friday evening. The fault began at 5.30pm and "
        "was fixed by 7.30pm, the payment processor said. It was the second outage this month. On November "
        '28, a similar fault hit cash machines for 40 minutes. "Tonight we are running extra checks," the '
        "company's chief executive said on Saturday. Regulators will question the company in January.",
        date(2025, 12, 20),
        [
            ("two hours", "PT2H"),
            ("Friday evening", "2025-12-19TEV"),
            ("5.30pm", "2025-12-19T17:30"),
            ("7.30pm", "2025-12-19T19:30"),
            ("this month", "2025-12"),
            ("November 28", "2025-11-28"),
            ("40 minutes", "PT40M"),
            ("Tonight", "2025-12-20TNI"),
            ("Saturday", "2025-12-20"),
            ("January", "2026-01"),
        ],
    ),
    (
        "news-somerset-festival-flooded-monday",
        "Organisers cancelled Sunday's programme at a music festival in Somerset after heavy rain flooded the "
        "site overnight. The decision was taken at 6am, when parts of the site lay under water. About 40,000 "
        'people had arrived on Thursday for the four-day event. "It was heartbreaking," the festival '
        "director said on Monday. Ticket holders will get refunds within 30 days. The festival, first held in "
        "1994, was also hit by floods in 2007. Next year's dates will be announced in the autumn.",
        date(2026, 6, 29),
        [
            ("Sunday", "2026-06-28"),
            ("overnight", "2026-06-27TNI"),
            ("6am", "2026-06-28T06:00"),
            ("Thursday", "2026-06-25"),
            ("four-day", "P4D"),
            ("Monday", "2026-06-29"),
            ("30 days", "P30D"),
            ("1994", "1994"),
            ("2007", "2007"),
            ("Next year", "2027"),
            ("the autumn", "2026-FA"),
        ],
    ),
    # --- a seventeenth held-out batch: conflict, crisis and disaster reporting, written blind ---
    (
        "war-kyiv-drones-overnight-into-wednesday",
        "KYIV, Ukraine (AP) -- Russia launched more than 400 drones at Ukraine overnight into Wednesday, "
        "officials said, the largest aerial attack since the full-scale invasion began in February 2022. Air "
        "raid sirens sounded across the capital shortly after 1 a.m. and lasted for nearly six hours. At "
        "least two people were killed in the Sviatoshynskyi district, the city's military administration "
        "said. A similar barrage on Sunday had damaged a children's hospital. President Volodymyr Zelenskyy "
        "said Ukraine would ask its allies for more air defense systems at a meeting in Rome next week. "
        '"They hit us every night," a resident said on Wednesday.',
        date(2025, 7, 9),
        [
            ("overnight", "2025-07-08TNI"),
            ("Wednesday", "2025-07-09"),
            ("February 2022", "2022-02"),
            ("1 a.m.", "2025-07-09T01:00"),
            ("nearly six hours", "PT6H"),
            ("Sunday", "2025-07-06"),
            ("next week", "2025-W29"),
            ("every night", "XXXX-XX-XXTNI"),
            ("Wednesday", "2025-07-09"),
        ],
    ),
    (
        "war-doha-ceasefire-takes-effect-sunday",
        "DOHA, Qatar (AP) -- Mediators said on Friday that a ceasefire between Israel and Hamas will take "
        "effect at 8:30 a.m. on Sunday. The Israeli cabinet approved the agreement overnight after a six-hour "
        "meeting. The first phase is to last 42 days, during which 33 hostages are to be freed. The war began "
        "on Oct. 7, 2023, when militants stormed southern Israel. More than 46,000 Palestinians have been "
        "killed since the fighting began, the Gaza Health Ministry said on Thursday. Israeli strikes "
        "continued into Friday morning, killing at least 12 people. The negotiators will meet again in March "
        "to discuss the second phase.",
        date(2025, 1, 17),
        [
            ("Friday", "2025-01-17"),
            ("8:30 a.m. on Sunday", "2025-01-19T08:30"),
            ("overnight", "2025-01-16TNI"),
            ("six-hour", "PT6H"),
            ("42 days", "P42D"),
            ("Oct. 7, 2023", "2023-10-07"),
            ("Thursday", "2025-01-16"),
            ("Friday morning", "2025-01-17TMO"),
            ("March", "2025-03"),
        ],
    ),
    (
        "war-el-fasher-siege-leap-day",
        "KHARTOUM, Sudan (AP) -- Paramilitary fighters tightened their siege of the city of El Fasher on "
        "Thursday, cutting the last road used by aid convoys. The assault began at dawn on Monday with heavy "
        "shelling of the southern districts. By Tuesday evening, the fighters had reached the main market. "
        "Residents said the shelling paused for about an hour and resumed at 5 a.m. on Wednesday. The United "
        "Nations said 28,000 people had fled the city in the past week. Aid groups warned that food stocks "
        "could run out by mid-March. The UN Security Council will discuss the crisis on Monday.",
        date(2024, 2, 29),
        [
            ("Thursday", "2024-02-29"),
            ("dawn", "2024-02-26TMO"),
            ("Monday", "2024-02-26"),
            ("Tuesday evening", "2024-02-27TEV"),
            ("about an hour", "PT1H"),
            ("5 a.m. on Wednesday", "2024-02-28T05:00"),
            ("the past week", "2024-W08"),
            ("mid-March", "2024-03"),
            ("Monday", "2024-03-04"),
        ],
    ),
    (
        "war-japan-quake-tsunami-week-53",
        "TOKYO (Reuters) - A magnitude 7.2 earthquake struck off Japan's northeastern coast at 11:18 p.m. on "
        "Sunday, triggering tsunami warnings along a 400-kilometre stretch of coastline. The warnings were "
        "lifted at 4 a.m. on Monday after waves of up to 60 centimetres reached the shore. Two people were "
        "killed and 53 injured, the Fire and Disaster Management Agency said on Monday. The quake was felt "
        "for more than a minute in Tokyo. It was the strongest to hit the region since March 2011, when a "
        "magnitude 9.0 quake and tsunami killed more than 18,000 people. Seismologists warned that a stronger "
        "quake could follow within a week. Bullet train services will resume on Tuesday, and ministers will "
        "visit the region this week.",
        date(2026, 12, 28),
        [
            ("11:18 p.m. on Sunday", "2026-12-27T23:18"),
            ("4 a.m. on Monday", "2026-12-28T04:00"),
            ("Monday", "2026-12-28"),
            ("more than a minute", "PT1M"),
            ("March 2011", "2011-03"),
            ("a week", "P1W"),
            ("Tuesday", "2026-12-29"),
            ("this week", "2026-W53"),
        ],
    ),
    (
        "war-hurricane-landfall-edt-wednesday",
        "SARASOTA, Fla. (AP) -- Hurricane Milton made landfall near Siesta Key at 8:30 p.m. EDT on Wednesday "
        "as a Category 3 storm, two weeks after Hurricane Helene battered the same coast. The storm crossed "
        "the Florida peninsula overnight and moved into the Atlantic by Thursday morning. More than 3 million "
        "homes and businesses were without power on Thursday, utilities said. Tornadoes spawned by the storm "
        "killed at least four people in St. Lucie County on Wednesday afternoon. Gov. Ron DeSantis said on "
        "Thursday that search teams had been working since dawn. Officials warned that rivers could keep "
        "rising until Saturday.",
        date(2024, 10, 10),
        [
            ("8:30 p.m. EDT on Wednesday", "2024-10-09T20:30"),
            ("two weeks", "P2W"),
            ("overnight", "2024-10-09TNI"),
            ("Thursday morning", "2024-10-10TMO"),
            ("Thursday", "2024-10-10"),
            ("Wednesday afternoon", "2024-10-09TAF"),
            ("Thursday", "2024-10-10"),
            ("dawn", "2024-10-10TMO"),
            ("Saturday", "2024-10-12"),
        ],
    ),
    (
        "war-october-attack-one-year-on",
        "JERUSALEM (AP) -- Israelis marked one year since the Hamas-led attack of Oct. 7, 2023, with a minute "
        "of silence at 6:29 a.m. on Monday, the moment the first rockets were fired a year ago. Families of "
        "the hostages gathered outside the prime minister's office in Jerusalem on Sunday night. About 1,200 "
        "people were killed in the attack, and 101 hostages are still held in Gaza. The main state ceremony "
        'will be held on Oct. 27. "The past year has been the longest of our lives," one mother said.',
        date(2024, 10, 7),
        [
            ("one year", "P1Y"),
            ("Oct. 7, 2023", "2023-10-07"),
            ("a minute", "PT1M"),
            ("6:29 a.m. on Monday", "2024-10-07T06:29"),
            ("a year ago", "2023"),
            ("Sunday night", "2024-10-06TNI"),
            ("Oct. 27", "2024-10-27"),
            ("The past year", "2023"),
        ],
    ),
    (
        "war-gaza-toll-new-year",
        "GAZA CITY (Reuters) - Israeli airstrikes killed at least 35 people across the Gaza Strip overnight, "
        "health officials said on Tuesday, as fighting continued into the new year. The ministry said 22,185 "
        "Palestinians had been killed since the war began on Oct. 7. The army said on Monday it would "
        "withdraw five brigades from the north by the end of January. Residents of Khan Younis said the "
        "bombardment had been the heaviest since Christmas. Ships carrying aid are due to reach the port of "
        "Ashdod next week. The U.N. said last month that half of Gaza's population was going hungry.",
        date(2024, 1, 2),
        [
            ("overnight", "2024-01-01TNI"),
            ("Tuesday", "2024-01-02"),
            ("the new year", "2024"),
            ("Oct. 7", "2023-10-07"),
            ("Monday", "2024-01-01"),
            ("the end of January", "2024-01"),
            ("Christmas", "2023-12-25"),
            ("next week", "2024-W02"),
            ("last month", "2023-12"),
        ],
    ),
    (
        "war-sudan-evacuation-sunday",
        "PORT SUDAN, Sudan (AP) -- Hundreds of foreign nationals were evacuated from Sudan on Sunday as "
        "fighting raged in the capital, Khartoum. A convoy of buses left the capital at dawn and reached Port "
        "Sudan after a 12-hour journey. U.S. special forces flew about 70 embassy staff out of Khartoum late "
        "Saturday, President Joe Biden said. A three-day truce announced on Friday has largely failed. More "
        "than 400 people have been killed since the fighting began on April 15, the World Health Organization "
        "said. Britain said it will begin evacuation flights for its citizens on Tuesday.",
        date(2023, 4, 23),
        [
            ("Sunday", "2023-04-23"),
            ("dawn", "2023-04-23TMO"),
            ("12-hour", "PT12H"),
            ("Saturday", "2023-04-22"),
            ("three-day", "P3D"),
            ("Friday", "2023-04-21"),
            ("April 15", "2023-04-15"),
            ("Tuesday", "2023-04-25"),
        ],
    ),
    (
        "war-border-town-timeline-reconstruction",
        "It began with a phone call at 4:10 a.m. on Aug. 3. Within an hour, the first rebel fighters had "
        "crossed the river. By the following morning, the town's police station was in their hands. The next "
        "day, government troops launched a counterattack that stalled by dusk. On Aug. 9, the army said it "
        "had retaken the bridge. Two days later, the rebels withdrew into the hills. Their commander has not "
        "been seen since Monday.",
        date(2025, 8, 15),
        [
            ("4:10 a.m. on Aug. 3", "2025-08-03T04:10"),
            ("an hour", "PT1H"),
            ("the following morning", "2025-08-04TMO"),
            ("The next day", "2025-08-05"),
            ("dusk", "2025-08-05TEV"),
            ("Aug. 9", "2025-08-09"),
            ("Two days later", "2025-08-11"),
            ("Monday", "2025-08-11"),
        ],
    ),
    (
        "war-cyclone-alfred-saturday",
        "BRISBANE, Australia (AP) -- Cyclone Alfred weakened to a tropical low on Saturday before crossing "
        "the coast north of Brisbane, bringing torrential rain to a region of 4 million people. Forecasters "
        "had predicted landfall two days earlier, but the storm stalled offshore for more than 36 hours. "
        "About 300,000 homes lost power overnight into Saturday. A man died on Friday night when his car was "
        "swept off a flooded road. Schools will remain closed on Monday, and flood warnings are in force "
        "until 6 p.m. on Sunday. The last cyclone to hit the city directly struck in 1974.",
        date(2025, 3, 8),
        [
            ("Saturday", "2025-03-08"),
            ("two days earlier", "2025-03-06"),
            ("more than 36 hours", "PT36H"),
            ("overnight", "2025-03-07TNI"),
            ("Saturday", "2025-03-08"),
            ("Friday night", "2025-03-07TNI"),
            ("Monday", "2025-03-10"),
            ("6 p.m. on Sunday", "2025-03-09T18:00"),
            ("1974", "1974"),
        ],
    ),
    (
        "war-beirut-port-blast-five-years",
        "BEIRUT (AP) -- Thousands of people marched through Beirut on Monday to mark five years since the "
        "port explosion that killed more than 220 people. The blast, caused by hundreds of tonnes of ammonium "
        "nitrate stored in a warehouse since 2014, tore through the city at 6:07 p.m. on Aug. 4, 2020. Church "
        "bells rang at 6:07 p.m. on Monday. The investigation has been suspended for most of the past five "
        "years. Judge Tarek Bitar resumed his work in January and said he hoped to issue an indictment by the "
        "end of the year. Relatives said they would keep marching until someone is held to account.",
        date(2025, 8, 4),
        [
            ("Monday", "2025-08-04"),
            ("five years", "P5Y"),
            ("2014", "2014"),
            ("6:07 p.m. on Aug. 4, 2020", "2020-08-04T18:07"),
            ("6:07 p.m. on Monday", "2025-08-04T18:07"),
            ("the past five years", "P5Y"),
            ("January", "2025-01"),
            ("the end of the year", "2025"),
        ],
    ),
    (
        "war-hostage-handover-four-day-truce",
        "KHAN YOUNIS, Gaza Strip (AP) -- The Red Cross took custody of 13 hostages in southern Gaza on Sunday "
        "afternoon, the third group freed under a four-day truce. The handover had been delayed for several "
        "hours on Saturday over a dispute about aid deliveries. The truce, which began at 7 a.m. on Friday, "
        "is due to expire at 7 a.m. on Tuesday. Qatar said on Monday that talks to extend it by two days were "
        "under way. Israel released 39 Palestinian prisoners late Sunday, the prison service said. The "
        "hostages had been held for 51 days.",
        date(2025, 12, 1),
        [
            ("Sunday afternoon", "2025-11-30TAF"),
            ("four-day", "P4D"),
            ("several hours", "PTXH"),
            ("Saturday", "2025-11-29"),
            ("7 a.m. on Friday", "2025-11-28T07:00"),
            ("7 a.m. on Tuesday", "2025-12-02T07:00"),
            ("Monday", "2025-12-01"),
            ("two days", "P2D"),
            ("Sunday", "2025-11-30"),
            ("51 days", "P51D"),
        ],
    ),
    (
        "war-kharkiv-grid-new-years-eve",
        "KHARKIV, Ukraine (Reuters) - Russian missiles struck an energy facility in Kharkiv early Thursday, "
        "leaving 200,000 people without heating in sub-zero temperatures. It was the fourth attack on the "
        "city's power grid this week. Engineers will try to restore supplies by Saturday, the regional "
        "governor said. Last week, a drone strike killed four people at a bus stop in the city. Kharkiv has "
        "been shelled every day since the spring of 2022. Public New Year's Eve celebrations have been "
        "cancelled. A national day of mourning will be held on Jan. 2.",
        date(2026, 12, 31),
        [
            ("Thursday", "2026-12-31"),
            ("this week", "2026-W53"),
            ("Saturday", "2027-01-02"),
            ("Last week", "2026-W52"),
            ("every day", "P1D"),
            ("the spring of 2022", "2022-SP"),
            ("New Year's Eve", "2026-12-31"),
            ("Jan. 2", "2027-01-02"),
        ],
    ),
    (
        "war-palisades-fire-evacuation",
        "LOS ANGELES (AP) -- A fast-moving wildfire forced more than 30,000 people to flee their homes in the "
        "Pacific Palisades on Tuesday, as hurricane-force winds drove flames toward the coast. The fire broke "
        "out shortly before 10:30 a.m. and had burned 2,900 acres by 6 p.m. Evacuation orders remained in "
        "place on Wednesday morning for parts of Santa Monica and Malibu. The National Weather Service said "
        'gusts of up to 100 mph could continue until Thursday. "We have not seen wind like this in the past '
        'decade," the fire chief told reporters on Tuesday night. Firefighters had battled a smaller blaze in '
        "the same hills in October.",
        date(2025, 1, 8),
        [
            ("Tuesday", "2025-01-07"),
            ("10:30 a.m.", "2025-01-07T10:30"),
            ("6 p.m", "2025-01-07T18:00"),
            ("Wednesday morning", "2025-01-08TMO"),
            ("Thursday", "2025-01-09"),
            ("the past decade", "P10Y"),
            ("Tuesday night", "2025-01-07TNI"),
            ("October", "2024-10"),
        ],
    ),
    (
        "war-mariupol-siege-reconstruction",
        "The last defenders of the Azovstal steelworks surrendered on Friday, ending a siege of Mariupol that "
        "began on March 1. Russian forces encircled the city within days and bombed its drama theatre on "
        "March 16. By mid-April, the remaining Ukrainian troops had retreated into the plant's tunnels. The "
        "first civilians were evacuated from the plant on May 1, and the last were brought out five days "
        "later. Over the next two weeks, more than 2,400 fighters gave themselves up. Russia's defence "
        "ministry said on Friday evening that the operation was complete.",
        date(2022, 5, 21),
        [
            ("Friday", "2022-05-20"),
            ("March 1", "2022-03-01"),
            ("days", "PXD"),
            ("March 16", "2022-03-16"),
            ("mid-April", "2022-04"),
            ("May 1", "2022-05-01"),
            ("five days later", "2022-05-06"),
            ("the next two weeks", "P2W"),
            ("Friday evening", "2022-05-20TEV"),
        ],
    ),
    (
        "war-lebanon-truce-reuters-dateline",
        "BEIRUT, Nov 26 (Reuters) - Israel's security cabinet approved a ceasefire with Hezbollah on Tuesday "
        "evening after more than a year of cross-border fighting. The truce takes effect at 0200 GMT on "
        "Wednesday. Under the deal, Israeli troops will withdraw from southern Lebanon within 60 days. "
        "Israeli jets struck Beirut's southern suburbs at least 20 times on Tuesday afternoon. Hezbollah "
        "began firing rockets at Israel on Oct. 8, 2023, a day after the Hamas attack. The fighting escalated "
        "sharply in late September, when Israel killed the group's leader. More than 3,700 people have been "
        "killed in Lebanon since the conflict began, the health ministry said on Monday.",
        date(2024, 11, 26),
        [
            ("Nov 26", "2024-11-26"),
            ("Tuesday evening", "2024-11-26TEV"),
            ("more than a year", "P1Y"),
            ("0200 GMT on Wednesday", "2024-11-27T02:00"),
            ("60 days", "P60D"),
            ("Tuesday afternoon", "2024-11-26TAF"),
            ("Oct. 8, 2023", "2023-10-08"),
            ("a day", "P1D"),
            ("late September", "2024-09"),
            ("Monday", "2024-11-25"),
        ],
    ),
    (
        "war-hospital-siege-day-by-day",
        "The siege of the hospital began shortly after 9 p.m. on Saturday, when armed men surrounded the "
        "compound and cut the power. That night, doctors moved 40 patients into the basement. By Sunday "
        "morning, the generators had run out of fuel. Two premature babies died later that day, the hospital "
        "director said. On Monday, the gunmen allowed a UN convoy to take out 12 patients. The standoff ended "
        "peacefully on Tuesday after talks brokered by local elders. The hospital reopened its emergency ward "
        "this morning.",
        date(2025, 2, 12),
        [
            ("9 p.m. on Saturday", "2025-02-08T21:00"),
            ("That night", "2025-02-08TNI"),
            ("Sunday morning", "2025-02-09TMO"),
            ("later that day", "2025-02-09"),
            ("Monday", "2025-02-10"),
            ("Tuesday", "2025-02-11"),
            ("this morning", "2025-02-12TMO"),
        ],
    ),
    (
        "war-derna-dams-flood",
        "DERNA, Libya (AP) -- Rescue teams were still searching for thousands of missing people on Wednesday, "
        "two days after two dams burst and sent a wall of water through the city of Derna. Residents said "
        "they heard loud explosions shortly before 3 a.m. on Monday, as Storm Daniel lashed the coast. Within "
        "minutes, entire neighbourhoods were swept into the sea. The death toll rose to 5,300 on Tuesday "
        "night. Burials began on Tuesday in mass graves outside the city. The dams, built in the 1970s, had "
        "not been maintained since 2002, an official said. A three-day mourning period was declared.",
        date(2023, 9, 13),
        [
            ("Wednesday", "2023-09-13"),
            ("two days", "P2D"),
            ("3 a.m. on Monday", "2023-09-11T03:00"),
            ("minutes", "PTXM"),
            ("Tuesday night", "2023-09-12TNI"),
            ("Tuesday", "2023-09-12"),
            ("the 1970s", "197"),
            ("2002", "2002"),
            ("three-day", "P3D"),
        ],
    ),
    (
        "war-rebel-ultimatum-sunday-paper",
        "The rebel alliance has given the army until 6 p.m. on Wednesday to withdraw from the city, or the "
        "ceasefire agreed in Doha on June 14 will collapse, a spokesman said on Sunday. The truce was meant "
        "to last 30 days. Both sides accused each other of violations on Friday and Saturday. Mediators plan "
        'to meet the two delegations in Nairobi next Monday. "We have waited long enough," the spokesman '
        "said.",
        date(2025, 6, 22),
        [
            ("6 p.m. on Wednesday", "2025-06-25T18:00"),
            ("June 14", "2025-06-14"),
            ("Sunday", "2025-06-22"),
            ("30 days", "P30D"),
            ("Friday", "2025-06-20"),
            ("Saturday", "2025-06-21"),
            ("next Monday", "2025-06-23"),
        ],
    ),
    (
        "war-hiroshima-eighty-years",
        "HIROSHIMA, Japan (AP) -- A peace bell tolled at 8:15 a.m. on Wednesday, the moment an American "
        "atomic bomb exploded over Hiroshima 80 years ago. About 55,000 people, including envoys from a "
        "record 120 countries, attended the ceremony. The bomb killed an estimated 140,000 people by the end "
        "of 1945. On Aug. 9, 1945, a second bomb destroyed Nagasaki. Japan announced its surrender six days "
        "later. The average age of the survivors is now over 86.",
        date(2025, 8, 6),
        [
            ("8:15 a.m. on Wednesday", "2025-08-06T08:15"),
            ("80 years ago", "1945"),
            ("the end of 1945", "1945"),
            ("Aug. 9, 1945", "1945-08-09"),
            ("six days later", "1945-08-15"),
            ("now", "PRESENT_REF"),
        ],
    ),
    (
        "war-damascus-week-in-review",
        "Rarely has the Middle East changed so fast. On Sunday, Dec. 8, rebel fighters entered Damascus and "
        "the president fled to Moscow. By Monday, crowds had flooded the Sednaya prison in search of missing "
        "relatives. Israeli jets carried out more than 350 strikes on Syrian military sites over the next 48 "
        "hours. The new interim government took office on Tuesday and promised elections within four years. "
        "On Friday, thousands gathered in the Umayyad Mosque to celebrate. Diplomats from the European Union "
        "will visit the capital in the new year.",
        date(2024, 12, 15),
        [
            ("Sunday, Dec. 8", "2024-12-08"),
            ("Monday", "2024-12-09"),
            ("the next 48 hours", "PT48H"),
            ("Tuesday", "2024-12-10"),
            ("four years", "P4Y"),
            ("Friday", "2024-12-13"),
            ("the new year", "2025"),
        ],
    ),
    (
        "war-ceasefire-expires-midnight-friday",
        "The 72-hour ceasefire expires at midnight on Friday.",
        date(2025, 5, 7),
        [("72-hour", "PT72H"), ("midnight on Friday", "2025-05-09T24:00")],
    ),
    (
        "war-truce-extended-until-sunday",
        "The warring parties extended the humanitarian truce until Sunday.",
        date(2025, 9, 4),
        [("Sunday", "2025-09-07")],
    ),
    (
        "war-garrison-until-noon-saturday",
        "Rebels gave the garrison until noon Saturday to surrender.",
        date(2025, 3, 13),
        [("noon Saturday", "2025-03-15T12:00")],
    ),
    (
        "war-shelling-sunday-night-into-monday",
        "Shelling went on from Sunday night into Monday, local officials said.",
        date(2025, 4, 15),
        [("Sunday night", "2025-04-13TNI"), ("Monday", "2025-04-14")],
    ),
    (
        "war-gaza-dateline-feb-29",
        "GAZA, Feb 29 (Reuters) - More than 100 people were killed as they waited for aid in Gaza City early "
        "on Thursday, health officials said.",
        date(2024, 2, 29),
        [("Feb 29", "2024-02-29"), ("Thursday", "2024-02-29")],
    ),
    (
        "war-fridays-bombing-year-boundary",
        "Investigators are still identifying the victims of Friday's bombing.",
        date(2027, 1, 4),
        [("Friday", "2027-01-01")],
    ),
    (
        "war-ceasefire-took-effect-midnight",
        "A ceasefire took effect at midnight, and the guns fell silent.",
        date(2025, 5, 12),
        [("midnight", "2025-05-11T24:00")],
    ),
    # --- an eighteenth held-out batch: economics and markets, written blind ---
    (
        "econ-boe-holds-rates-article",
        "The Bank of England held interest rates at 3.75% at noon on Thursday in a 5-4 vote, and signalled "
        "that it could cut at its next meeting in March. Inflation fell to 3.2% in the 12 months to December, "
        "the Office for National Statistics said last month. The bank now expects inflation to return to its "
        "2% target in the second half of 2027, later than it forecast in November. Governor Andrew Bailey "
        'said the economy had grown by just 0.1% in the three months to the end of November. "We are not '
        'there yet," he told reporters. Markets now price two cuts by the end of the year.',
        date(2026, 2, 5),
        [
            ("noon on Thursday", "2026-02-05T12:00"),
            ("March", "2026-03"),
            ("the 12 months", "P12M"),
            ("December", "2025-12"),
            ("last month", "2026-01"),
            ("now", "PRESENT_REF"),
            ("the second half of 2027", "2027-H2"),
            ("November", "2025-11"),
            ("the three months", "P3M"),
            ("the end of November", "2025-11"),
            ("now", "PRESENT_REF"),
            ("the end of the year", "2026"),
        ],
    ),
    (
        "econ-us-jobs-report-article",
        "US employers added 145,000 jobs in December, the Labor Department said on Friday, and the "
        "unemployment rate fell to 4.4%. Figures for October and November were revised down by a combined "
        "38,000. Average earnings rose 0.3% month-on-month and 3.8% in the year to December. Treasury yields "
        "jumped in early trading, and the 10-year yield touched 4.31% at 8:45 a.m. The Federal Reserve, which "
        "cut rates in September, October and December, next meets on Jan. 27 and 28. Traders now see little "
        "chance of a move before March.",
        date(2026, 1, 9),
        [
            ("December", "2025-12"),
            ("Friday", "2026-01-09"),
            ("October", "2025-10"),
            ("November", "2025-11"),
            ("the year", "P1Y"),
            ("December", "2025-12"),
            ("10-year", "P10Y"),
            ("8:45 a.m", "2026-01-09T08:45"),
            ("September", "2025-09"),
            ("October", "2025-10"),
            ("December", "2025-12"),
            ("Jan. 27", "2026-01-27"),
            ("28", "2026-01-28"),
            ("now", "PRESENT_REF"),
            ("March", "2026-03"),
        ],
    ),
    (
        "econ-takeover-agreed-year-end-monday",
        "Harlow Foods agreed on Monday to buy the snacks maker Penbury for £1.2 billion, in a deal expected "
        "to close in the first quarter of next year. Shareholders of both companies will vote on the deal at "
        "meetings in February. Penbury's sales rose 6% in the year to September, and it has been looking for "
        "a buyer since the spring. Harlow, which has made four acquisitions since 2021, said the takeover "
        "would save £40 million by the end of 2028. Its shares rose 4% to 812p by 11am. Harlow's chairman, "
        "Simon Reyes, will step down at the AGM in May after nine years on the board.",
        date(2025, 12, 29),
        [
            ("Monday", "2025-12-29"),
            ("the first quarter of next year", "2026-Q1"),
            ("February", "2026-02"),
            ("the year", "P1Y"),
            ("September", "2025-09"),
            ("the spring", "2025-SP"),
            ("2021", "2021"),
            ("the end of 2028", "2028"),
            ("11am", "2025-12-29T11:00"),
            ("May", "2026-05"),
            ("nine years", "P9Y"),
        ],
    ),
    (
        "econ-nikkei-biggest-one-day-fall",
        "Japan's Nikkei 225 index closed down 5.8% on Tuesday, its biggest one-day fall since March 2020, "
        "after the yen jumped against the dollar overnight. The index had risen 24% since January. Shares in "
        "Europe opened lower, and London's FTSE 100 was down 1.9% at 9am. On Wall Street, futures pointed to "
        "a weak open later in the day. Investors are now betting that the Bank of Japan will raise rates "
        "again at its September meeting. The bank's next policy statement is due on Sept. 22.",
        date(2026, 8, 4),
        [
            ("Tuesday", "2026-08-04"),
            ("one-day", "P1D"),
            ("March 2020", "2020-03"),
            ("overnight", "2026-08-03TNI"),
            ("January", "2026-01"),
            ("9am", "2026-08-04T09:00"),
            ("later in the day", "2026-08-04"),
            ("now", "PRESENT_REF"),
            ("September", "2026-09"),
            ("Sept. 22", "2026-09-22"),
        ],
    ),
    (
        "econ-year-end-markets-iso-week-53",
        "World stocks edged higher on Thursday, leaving the MSCI world index up 14% since January. The gains "
        "came despite a sharp sell-off in April. Trading has been thin this week, and markets in Tokyo and "
        "Seoul were closed. The Federal Reserve cut rates in September and December and is expected to hold "
        "them at its first meeting of 2027, on Jan. 26 and 27. London's market closed early at 12.30pm on "
        "Thursday and will reopen on Monday. Analysts expect company profits to grow 11% next year.",
        date(2026, 12, 31),
        [
            ("Thursday", "2026-12-31"),
            ("January", "2026-01"),
            ("April", "2026-04"),
            ("this week", "2026-W53"),
            ("September", "2026-09"),
            ("December", "2026-12"),
            ("2027", "2027"),
            ("Jan. 26", "2027-01-26"),
            ("27", "2027-01-27"),
            ("12.30pm on Thursday", "2026-12-31T12:30"),
            ("Monday", "2027-01-04"),
            ("next year", "2027"),
        ],
    ),
    (
        "econ-uk-budget-wednesday",
        "The chancellor raised taxes by £26 billion in the Budget on Wednesday, mostly by extending a freeze "
        "on income tax thresholds until April 2031. The Office for Budget Responsibility cut its forecast for "
        "growth next year to 1.4%, from the 1.9% it had expected in March. It expects inflation to fall back "
        "to the 2% target in 2027. A new charge on homes worth more than £2 million will take effect in April "
        "2028. Borrowing in the seven months to October was £117 billion, the Office for National Statistics "
        "said last week. The chancellor's next forecast update will come in March.",
        date(2025, 11, 26),
        [
            ("Wednesday", "2025-11-26"),
            ("April 2031", "2031-04"),
            ("next year", "2026"),
            ("March", "2025-03"),
            ("2027", "2027"),
            ("April 2028", "2028-04"),
            ("the seven months", "P7M"),
            ("October", "2025-10"),
            ("last week", "2025-W47"),
            ("March", "2026-03"),
        ],
    ),
    (
        "econ-rba-raises-cash-rate",
        "The Reserve Bank of Australia raised its cash rate by a quarter point to 3.85% on Tuesday, its first "
        "increase since November 2023. Governor Michele Bullock said underlying inflation had picked up to "
        "3.4% in the three months to the end of December. The bank now expects inflation to stay above its "
        "target band until mid-2027. The Australian dollar rose half a cent within minutes of the 2.30pm "
        "announcement. The board meets next on March 16 and 17. Economists had expected the bank to hold "
        "until May.",
        date(2026, 2, 3),
        [
            ("Tuesday", "2026-02-03"),
            ("November 2023", "2023-11"),
            ("the three months", "P3M"),
            ("the end of December", "2025-12"),
            ("now", "PRESENT_REF"),
            ("mid-2027", "2027"),
            ("minutes", "PTXM"),
            ("2.30pm", "2026-02-03T14:30"),
            ("March 16", "2026-03-16"),
            ("17", "2026-03-17"),
            ("May", "2026-05"),
        ],
    ),
    (
        "econ-agm-pay-revolt-friday",
        "Shareholders in Norvik Energy rejected the chief executive's £9 million pay award at the company's "
        "AGM in Aberdeen on Thursday. Nearly 42% of votes were cast against it, up from 18% last year. The "
        "board said it would consult investors over the summer and put a new pay policy to a vote before the "
        "end of the year. Norvik has paid no dividend since 2020, when its profits collapsed. Its shares have "
        "fallen by a third over the past 12 months. The company will publish its first-quarter trading update "
        "on May 21.",
        date(2026, 5, 1),
        [
            ("Thursday", "2026-04-30"),
            ("last year", "2025"),
            ("the summer", "2026-SU"),
            ("the end of the year", "2026"),
            ("2020", "2020"),
            ("the past 12 months", "P12M"),
            ("first-quarter", "2026-Q1"),
            ("May 21", "2026-05-21"),
        ],
    ),
    (
        "econ-china-activity-data-monday",
        "China's retail sales grew just 1.3% in November from a year earlier, the weakest pace since December "
        "2022, official data showed on Monday. Industrial output rose 4.8% year-on-year, slightly below "
        "forecasts. Fixed-asset investment fell 2.6% in the January-November period. The central bank's "
        "one-year loan prime rate has been unchanged since May. Leaders promised last week to support "
        "consumers next year. The next set of figures is due on Jan. 19.",
        date(2025, 12, 15),
        [
            ("November", "2025-11"),
            ("a year earlier", "2024"),
            ("December 2022", "2022-12"),
            ("Monday", "2025-12-15"),
            ("January", "2025-01"),
            ("November", "2025-11"),
            ("one-year", "P1Y"),
            ("May", "2025-05"),
            ("last week", "2025-W50"),
            ("next year", "2026"),
            ("Jan. 19", "2026-01-19"),
        ],
    ),
    (
        "econ-rail-takeover-delay-sunday",
        "The takeover of Brightline Rail by a US infrastructure fund is unlikely to close before the second "
        "half, people familiar with the matter said on Saturday. The £3.4 billion deal, announced in October, "
        "was originally expected to complete by the end of March. The competition regulator opened an "
        "in-depth inquiry last month and has until July 14 to rule. Brightline's shares have traded below the "
        "offer price since mid-January. The fund said on Friday that it remained committed to the deal and "
        "expected a decision 'within weeks'. Brightline reports its results on Thursday.",
        date(2026, 3, 1),
        [
            ("the second half", "2026-H2"),
            ("Saturday", "2026-02-28"),
            ("October", "2025-10"),
            ("the end of March", "2026-03"),
            ("last month", "2026-02"),
            ("July 14", "2026-07-14"),
            ("mid-January", "2026-01"),
            ("Friday", "2026-02-27"),
            ("weeks", "PXW"),
            ("Thursday", "2026-03-05"),
        ],
    ),
    (
        "econ-ecb-holds-june-thursday",
        "The European Central Bank left its deposit rate at 2% on Thursday and said the risks to growth had "
        "increased since its April meeting. Eurozone inflation was 2.1% in May, up from 1.9% in April, and "
        "the bank's staff now expect it to average 2.0% this year and 1.8% in 2027. President Christine "
        "Lagarde told a news conference at 2.45pm that the decision had been unanimous. Economists polled "
        "last week expect one more cut before the end of the year. The next decision is due on July 23.",
        date(2026, 6, 11),
        [
            ("Thursday", "2026-06-11"),
            ("April", "2026-04"),
            ("May", "2026-05"),
            ("April", "2026-04"),
            ("now", "PRESENT_REF"),
            ("this year", "2026"),
            ("2027", "2027"),
            ("2.45pm", "2026-06-11T14:45"),
            ("last week", "2026-W23"),
            ("the end of the year", "2026"),
            ("July 23", "2026-07-23"),
        ],
    ),
    (
        "econ-canada-gdp-leap-day",
        "Canada's economy grew 0.3% in the fourth quarter, Statistics Canada said on Tuesday, after shrinking "
        "in the third quarter. Output rose 0.2% in December, and an early estimate showed a further 0.1% gain "
        "in January. Growth for 2027 as a whole was 1.4%, the slowest since 2016. The Bank of Canada, which "
        "meets next Wednesday, is expected to keep its key rate at 2.25%. Markets see a first cut by July. "
        "The figures will be revised on May 30.",
        date(2028, 2, 29),
        [
            ("the fourth quarter", "2027-Q4"),
            ("Tuesday", "2028-02-29"),
            ("the third quarter", "2027-Q3"),
            ("December", "2027-12"),
            ("January", "2028-01"),
            ("2027", "2027"),
            ("2016", "2016"),
            ("next Wednesday", "2028-03-08"),
            ("July", "2028-07"),
            ("May 30", "2028-05-30"),
        ],
    ),
    (
        "econ-ftse-record-close-friday",
        "The FTSE 100 closed at a record 10,412 at 4.30pm on Friday, ending its strongest run since April, as "
        "miners rallied on hopes of more stimulus in China. The index has gained 18% since the start of the "
        "year. Shares in Halden Mining jumped 9% in late trading after the company said it would restart its "
        "Chilean mine in the first quarter. Trading volumes were 20% below their 30-day average. On Wall "
        "Street, the S&P 500 was up 0.4% at 10am in New York. Investors will be watching Chinese growth "
        "figures due on Monday.",
        date(2026, 10, 16),
        [
            ("4.30pm on Friday", "2026-10-16T16:30"),
            ("April", "2026-04"),
            ("the start of the year", "2026"),
            ("the first quarter", "2027-Q1"),
            ("30-day", "P30D"),
            ("10am", "2026-10-16T10:00"),
            ("Monday", "2026-10-19"),
        ],
    ),
    (
        "econ-us-outlook-new-year-monday",
        "Economists expect the US economy to grow 1.8% in 2027, slower than the 2.1% it managed last year, "
        "according to a survey published on Sunday. Most expect the Federal Reserve to cut rates in the first "
        "half and then to pause. Inflation is forecast to ease to 2.5% by the end of 2027 and to reach the "
        "Fed's 2% target over the next two years. Unemployment, which rose to 4.6% in November, is seen "
        "peaking in the spring. The survey's respondents put the economy's long-run growth rate at 1.8% over "
        "the next decade. The government's next jobs report is due on Friday.",
        date(2027, 1, 4),
        [
            ("2027", "2027"),
            ("last year", "2026"),
            ("Sunday", "2027-01-03"),
            ("the first half", "2027-H1"),
            ("the end of 2027", "2027"),
            ("the next two years", "P2Y"),
            ("November", "2026-11"),
            ("the spring", "2027-SP"),
            ("the next decade", "P10Y"),
            ("Friday", "2027-01-08"),
        ],
    ),
    (
        "econ-retailer-profit-warning-wednesday",
        "Shares in the fashion retailer Marlow & Finch fell 22% on Wednesday, their biggest one-day fall "
        "since the company listed in 2014, after it warned that profit for the year to the end of January "
        "would miss forecasts. Sales in the six weeks to Jan. 3 fell 4%, hit by unseasonably warm weather in "
        "November and December. Chief executive Priya Nair said the company had cut prices too late. "
        '"December was tough," she told analysts on a call at 8am on Wednesday. The retailer will close 30 '
        "stores over the next two years and give an update on its plans in April. It reports its results on "
        "March 24.",
        date(2027, 1, 13),
        [
            ("Wednesday", "2027-01-13"),
            ("one-day", "P1D"),
            ("2014", "2014"),
            ("the year", "P1Y"),
            ("the end of January", "2027-01"),
            ("the six weeks", "P6W"),
            ("Jan. 3", "2027-01-03"),
            ("November", "2026-11"),
            ("December", "2026-12"),
            ("December", "2026-12"),
            ("8am on Wednesday", "2027-01-13T08:00"),
            ("the next two years", "P2Y"),
            ("April", "2027-04"),
            ("March 24", "2027-03-24"),
        ],
    ),
    (
        "econ-fed-minutes-september-meeting",
        "Several policymakers favoured a cut at the September meeting, minutes of the July meeting showed on "
        "Wednesday.",
        date(2026, 8, 19),
        [("September", "2026-09"), ("July", "2026-07"), ("Wednesday", "2026-08-19")],
    ),
    (
        "econ-uk-cpi-year-to-october",
        "UK inflation eased to 3.6% in the year to October, from 3.8% in September, figures showed on Wednesday.",
        date(2025, 11, 19),
        [("the year", "P1Y"), ("October", "2025-10"), ("September", "2025-09"), ("Wednesday", "2025-11-19")],
    ),
    (
        "econ-house-prices-month-on-month-trap",
        "House prices fell 0.4% month-on-month, the lender said, leaving them 1.1% higher year-on-year.",
        date(2026, 9, 1),
        [],
    ),
    (
        "econ-shares-closed-4pm-tuesday",
        "Shares in Corvane closed at 4pm at their lowest since 2019, after the drugmaker said on Tuesday that "
        "its trial had failed.",
        date(2026, 3, 10),
        [("4pm", "2026-03-10T16:00"), ("2019", "2019"), ("Tuesday", "2026-03-10")],
    ),
    (
        "econ-merger-by-year-end-friday",
        "The merger is expected to close by year-end, subject to approval from regulators in Brussels.",
        date(2027, 6, 4),
        [("year-end", "2027")],
    ),
    (
        "econ-airline-second-half-thursday",
        "The airline expects demand to strengthen in the second half, it said in a statement on Thursday.",
        date(2026, 4, 23),
        [("the second half", "2026-H2"), ("Thursday", "2026-04-23")],
    ),
    (
        "econ-norway-quarter-point-trap",
        "Norway's central bank cut its key rate by a quarter point to 4% on Thursday, its first cut in five years.",
        date(2025, 6, 19),
        [("Thursday", "2025-06-19"), ("five years", "P5Y")],
    ),
    (
        "econ-budget-date-and-vote-monday",
        "The finance minister will present the budget on Oct. 14, and parliament will vote on it in December.",
        date(2025, 9, 1),
        [("Oct. 14", "2025-10-14"), ("December", "2025-12")],
    ),
    (
        "econ-mortgages-iso-week-53",
        "Mortgage approvals fell last week to the lowest since 2014, and lenders expect a rebound next week.",
        date(2021, 1, 4),
        [("last week", "2020-W53"), ("2014", "2014"), ("next week", "2021-W02")],
    ),
    (
        "econ-sterling-leap-day-this-month",
        "Sterling has fallen 1.2% against the dollar this month, the biggest drop since October.",
        date(2024, 2, 29),
        [("this month", "2024-02"), ("October", "2023-10")],
    ),
    (
        "econ-opec-next-meeting-sunday",
        "OPEC+ will decide on output for January at its next meeting on Nov. 30.",
        date(2025, 11, 2),
        [("January", "2026-01"), ("Nov. 30", "2025-11-30")],
    ),
    (
        "econ-agm-vote-10am-monday",
        "Shareholders will vote on the buyback at the AGM at 10am on Monday.",
        date(2026, 5, 15),
        [("10am on Monday", "2026-05-18T10:00")],
    ),
    (
        "econ-dividend-payment-and-record-dates",
        "The dividend of 12p a share will be paid on Sept. 18 to shareholders on the register on Aug. 21.",
        date(2026, 7, 30),
        [("Sept. 18", "2026-09-18"), ("Aug. 21", "2026-08-21")],
    ),
    (
        "econ-pmi-one-month-drop",
        "The services index fell to 44.1 in April, its biggest one-month drop since March 2020.",
        date(2026, 5, 6),
        [("April", "2026-04"), ("one-month", "P1M"), ("March 2020", "2020-03")],
    ),
    (
        "econ-wages-three-months-saturday",
        "Wages rose 4.9% in the three months to September, official figures showed on Tuesday, the slowest "
        "pace since 2021.",
        date(2026, 11, 14),
        [("the three months", "P3M"), ("September", "2026-09"), ("Tuesday", "2026-11-10"), ("2021", "2021")],
    ),
    # --- a nineteenth held-out batch: tense in reported speech, written blind ---
    (
        "speech-said-monday-talks-resume-thursday",
        "The mediator said on Monday that talks between the two sides would resume on Thursday.",
        date(2027, 3, 10),
        [("Monday", "2027-03-08"), ("Thursday", "2027-03-11")],
    ),
    (
        "speech-said-thursday-talks-had-resumed-monday",
        "Negotiators said on Thursday that the talks had resumed on Monday.",
        date(2027, 6, 4),
        [("Thursday", "2027-06-03"), ("Monday", "2027-05-31")],
    ),
    (
        "speech-resume-thursday-minister-said-monday",
        "Talks would resume on Thursday, the minister said on Monday.",
        date(2026, 11, 24),
        [("Thursday", "2026-11-26"), ("Monday", "2026-11-23")],
    ),
    (
        "speech-announced-friday-close-sunday-saturday-paper",
        "The museum announced Friday it will close on Sunday for six months of repairs.",
        date(2027, 9, 25),
        [("Friday", "2027-09-24"), ("Sunday", "2027-09-26"), ("six months", "P6M")],
    ),
    (
        "speech-announced-friday-close-sunday-sunday-paper",
        "The zoo announced Friday that it will close its aquarium on Sunday.",
        date(2027, 4, 11),
        [("Friday", "2027-04-09"), ("Sunday", "2027-04-11")],
    ),
    (
        "speech-vote-which-is-due-wednesday-could-be-delayed",
        "Party officials told reporters on Monday that the vote, which is due on Wednesday, could be delayed "
        "by a week.",
        date(2026, 12, 29),
        [("Monday", "2026-12-28"), ("Wednesday", "2026-12-30"), ("a week", "P1W")],
    ),
    (
        "speech-told-inquiry-had-met-her-tuesday",
        "He told the inquiry he had met her on Tuesday in a hotel bar.",
        date(2027, 7, 22),
        [("Tuesday", "2027-07-20")],
    ),
    (
        "speech-expected-to-rule-by-friday-friday-paper",
        "The Supreme Court is expected to rule on the appeal by Friday.",
        date(2027, 1, 15),
        [("Friday", "2027-01-15")],
    ),
    (
        "speech-expected-to-rule-by-friday-saturday-paper",
        "The tribunal is expected to rule by Friday, lawyers for both sides said.",
        date(2027, 10, 30),
        [("Friday", "2027-11-05")],
    ),
    (
        "speech-plant-closed-march-reopen-september",
        "The company said the plant, which closed in March, would reopen in September.",
        date(2026, 11, 23),
        [("March", "2026-03"), ("September", "2027-09")],
    ),
    (
        "speech-hopes-to-finish-before-christmas",
        "The builder hopes to finish the new stand before Christmas, the club said.",
        date(2027, 3, 10),
        [("Christmas", "2027-12-25")],
    ),
    (
        "speech-had-cut-back-before-christmas",
        "The retailer said shoppers had cut back sharply before Christmas.",
        date(2027, 2, 11),
        [("Christmas", "2026-12-25")],
    ),
    (
        "speech-confirmed-thursday-derby-goes-ahead-saturday",
        "The league confirmed on Thursday that the derby goes ahead on Saturday despite the storm.",
        date(2027, 1, 15),
        [("Thursday", "2027-01-14"), ("Saturday", "2027-01-16")],
    ),
    (
        "speech-insisted-nothing-changed-since-monday",
        "The minister insisted on Thursday that nothing had changed since Monday.",
        date(2027, 6, 4),
        [("Thursday", "2027-06-03"), ("Monday", "2027-05-31")],
    ),
    (
        "speech-headline-airport-reopens-thursday",
        "Airport reopens Thursday after drone sightings",
        date(2026, 11, 24),
        [("Thursday", "2026-11-26")],
    ),
    (
        "speech-headline-ferries-cancelled-until-friday",
        "Ferries cancelled until Friday as storm batters coast",
        date(2026, 10, 7),
        [("Friday", "2026-10-09")],
    ),
    (
        "speech-headline-factory-closed-monday",
        "Factory closed Monday after gas leak; 40 treated",
        date(2027, 3, 10),
        [("Monday", "2027-03-08")],
    ),
    (
        "speech-headline-strike-off-trains-run-saturday",
        "Strike called off; trains run as normal on Saturday",
        date(2027, 7, 22),
        [("Saturday", "2027-07-24")],
    ),
    (
        "speech-headline-chief-quits-inquiry-opens-monday",
        "Hospital chief quits; inquiry opens Monday",
        date(2027, 10, 30),
        [("Monday", "2027-11-01")],
    ),
    (
        "speech-quote-back-monday-said-wednesday",
        '"We will be back on Monday," the strike leader said on Wednesday.',
        date(2027, 6, 4),
        [("Monday", "2027-06-07"), ("Wednesday", "2027-06-02")],
    ),
    (
        "speech-quote-back-monday-told-saturday-tuesday-paper",
        '"We will be back on Monday," she told the crowd on Saturday.',
        date(2026, 12, 29),
        [("Monday", "2026-12-28"), ("Saturday", "2026-12-26")],
    ),
    (
        "speech-quote-payment-arrived-friday-told-monday",
        '"The last payment arrived on Friday," the landlord told the tribunal on Monday.',
        date(2027, 10, 30),
        [("Friday", "2027-10-22"), ("Monday", "2027-10-25")],
    ),
    (
        "speech-quote-tomorrow-we-vote-said-tuesday",
        '"Tomorrow we vote," the Speaker said on Tuesday.',
        date(2027, 7, 22),
        [("Tomorrow", "2027-07-21"), ("Tuesday", "2027-07-20")],
    ),
    (
        "speech-quote-saw-him-yesterday-told-sunday",
        '"I saw him yesterday," the witness told police on Sunday.',
        date(2026, 11, 24),
        [("yesterday", "2026-11-21"), ("Sunday", "2026-11-22")],
    ),
    (
        "speech-quote-report-next-week-said-friday-monday-paper",
        '"The report will be out next week," the minister said on Friday.',
        date(2026, 11, 23),
        [("next week", "2026-W48"), ("Friday", "2026-11-20")],
    ),
    (
        "speech-quote-warned-last-week-told-sunday",
        '"We warned them last week," the mayor told reporters on Sunday.',
        date(2026, 11, 24),
        [("last week", "2026-W46"), ("Sunday", "2026-11-22")],
    ),
    (
        "speech-quote-this-morning-said-friday",
        '"The water came up to the windows this morning," a resident said on Friday.',
        date(2027, 9, 25),
        [("this morning", "2027-09-24TMO"), ("Friday", "2027-09-24")],
    ),
    (
        "speech-quote-next-year-said-dec-31",
        '"Next year will be harder," the chancellor said on Dec. 31.',
        date(2027, 1, 2),
        [("Next year", "2027"), ("Dec. 31", "2026-12-31")],
    ),
    (
        "speech-quote-decide-next-week-said-sunday-week-53",
        '"We will decide next week," the coach said on Sunday.',
        date(2026, 12, 29),
        [("next week", "2026-W53"), ("Sunday", "2026-12-27")],
    ),
    (
        "speech-quote-back-monday-no-day-in-attribution",
        '"We will be back on Monday," she said.',
        date(2027, 4, 11),
        [("Monday", "2027-04-12")],
    ),
    (
        "speech-quote-not-stand-in-may-said-in-january",
        '"I will not stand again in May," the mayor said in January.',
        date(2027, 3, 10),
        [("May", "2027-05"), ("January", "2027-01")],
    ),
    (
        "speech-captain-injured-saturdays-win-fit-for-wednesday",
        'The captain was injured in Saturday\'s win. "He will be fit for Wednesday," the manager said on Monday.',
        date(2027, 7, 22),
        [("Saturday", "2027-07-17"), ("Wednesday", "2027-07-21"), ("Monday", "2027-07-19")],
    ),
    (
        "speech-minister-said-report-within-weeks",
        "The minister told MPs the report would be published 'within weeks'.",
        date(2026, 10, 7),
        [("weeks", "PXW")],
    ),
    (
        "speech-confident-deal-would-close-by-friday",
        "The firm said it was 'confident' the deal would close by Friday.",
        date(2027, 3, 10),
        [("Friday", "2027-03-12")],
    ),
    (
        "speech-appears-monday-over-saturdays-crash",
        "A lorry driver appears in court on Monday over Saturday's crash.",
        date(2027, 5, 16),
        [("Monday", "2027-05-17"), ("Saturday", "2027-05-15")],
    ),
    (
        "speech-ban-introduced-tuesday-lifted-sunday",
        "The ministry said the ban, introduced on Tuesday, would be lifted on Sunday.",
        date(2026, 12, 31),
        [("Tuesday", "2026-12-29"), ("Sunday", "2027-01-03")],
    ),
    (
        "speech-believe-fire-started-saturday-said-monday",
        "Investigators believe the fire started on Saturday, a spokesperson said on Monday.",
        date(2028, 2, 29),
        [("Saturday", "2028-02-26"), ("Monday", "2028-02-28")],
    ),
    (
        "speech-company-reports-thursday-said-tuesday",
        "The company, which reports results on Thursday, said on Tuesday it would cut 500 jobs.",
        date(2027, 8, 18),
        [("Thursday", "2027-08-19"), ("Tuesday", "2027-08-17")],
    ),
    (
        "speech-last-seen-friday-may-have-left",
        "Police said the man, who was last seen on Friday, may have left the country.",
        date(2026, 9, 14),
        [("Friday", "2026-09-11")],
    ),
    (
        "speech-said-october-rules-apply-from-april",
        "The regulator said in October that the new rules would apply from April.",
        date(2027, 1, 15),
        [("October", "2026-10"), ("April", "2027-04")],
    ),
    (
        "speech-bridge-damaged-january-not-reopen-until-summer",
        "Engineers said the bridge, which was damaged in January, would not reopen until the summer.",
        date(2027, 2, 11),
        [("January", "2027-01"), ("the summer", "2027-SU")],
    ),
    (
        "speech-yields-fell-after-rain-in-the-spring",
        "Farmers said yields had fallen after heavy rain in the spring.",
        date(2026, 9, 14),
        [("the spring", "2026-SP")],
    ),
    (
        "speech-would-replant-in-the-spring",
        "Growers said they would replant the orchards in the spring.",
        date(2026, 9, 14),
        [("the spring", "2027-SP")],
    ),
    (
        "speech-says-outage-began-sunday-will-last-until-wednesday",
        "The operator says the outage began on Sunday and will last until Wednesday.",
        date(2026, 11, 24),
        [("Sunday", "2026-11-22"), ("Wednesday", "2026-11-25")],
    ),
    (
        "speech-hope-to-reach-miners-by-thursday",
        "Rescuers said they hope to reach the trapped miners by Thursday.",
        date(2027, 7, 22),
        [("Thursday", "2027-07-22")],
    ),
    (
        "speech-bins-saturday-instead-of-monday",
        "The council said on Friday that bins would be collected on Saturday instead of Monday.",
        date(2027, 6, 4),
        [("Friday", "2027-06-04"), ("Saturday", "2027-06-05"), ("Monday", "2027-06-07")],
    ),
    (
        "speech-pm-who-flies-tuesday-said-sunday",
        "The prime minister, who flies to Washington on Tuesday, said on Sunday he would raise the tariffs "
        "with the president.",
        date(2026, 11, 23),
        [("Tuesday", "2026-11-24"), ("Sunday", "2026-11-22")],
    ),
    (
        "speech-announcement-could-come-monday",
        "Sources told the BBC the announcement could come on Monday.",
        date(2027, 10, 30),
        [("Monday", "2027-11-01")],
    ),
    (
        "speech-ruling-thursday-after-arguments-tuesday",
        "The judge said she would deliver her ruling on Thursday, after hearing closing arguments on Tuesday.",
        date(2026, 9, 14),
        [("Thursday", "2026-09-17"), ("Tuesday", "2026-09-15")],
    ),
    (
        "speech-actor-turned-80-saturday-retire-after-may",
        "The actor, who turned 80 on Saturday, said he would retire after his tour ends in May.",
        date(2027, 3, 8),
        [("Saturday", "2027-03-06"), ("May", "2027-05")],
    ),
    (
        "speech-talks-broke-down-wednesday-meet-again-monday",
        "Talks broke down on Wednesday. Negotiators will meet again on Monday, the mediator said.",
        date(2026, 11, 26),
        [("Wednesday", "2026-11-25"), ("Monday", "2026-11-30")],
    ),
    (
        "speech-voters-go-to-polls-sunday-friday-paper",
        "Voters go to the polls on Sunday, the electoral commission said.",
        date(2027, 6, 4),
        [("Sunday", "2027-06-06")],
    ),
    (
        "speech-festival-cancelled-last-year-returns-august",
        "The festival, which was cancelled last year, returns in August.",
        date(2027, 1, 1),
        [("last year", "2026"), ("August", "2027-08")],
    ),
    (
        "speech-by-friday-rebels-had-taken-airport",
        "By Friday, the rebels had taken the airport, the army said on Saturday.",
        date(2026, 11, 23),
        [("Friday", "2026-11-20"), ("Saturday", "2026-11-21")],
    ),
    (
        "speech-starting-monday-must-book-park-said-thursday",
        "Starting Monday, visitors must book in advance, the park said on Thursday.",
        date(2027, 1, 15),
        [("Monday", "2027-01-18"), ("Thursday", "2027-01-14")],
    ),
    (
        "speech-until-inquiry-reports-in-june",
        "Until the inquiry reports in June, no decision will be taken, the minister said.",
        date(2027, 3, 10),
        [("June", "2027-06")],
    ),
    (
        "speech-ordered-to-hold-line-until-friday",
        "The general said troops had been ordered to hold the line until Friday.",
        date(2026, 10, 7),
        [("Friday", "2026-10-09")],
    ),
    (
        "speech-patient-stable-could-go-home-tuesday",
        "Doctors said the patient was stable and could go home on Tuesday.",
        date(2027, 5, 16),
        [("Tuesday", "2027-05-18")],
    ),
    (
        "speech-opened-inquest-monday-adjourned-until-friday",
        "The coroner opened the inquest on Monday and adjourned it until Friday.",
        date(2026, 10, 7),
        [("Monday", "2026-10-05"), ("Friday", "2026-10-09")],
    ),
    (
        "speech-raised-july-would-again-september",
        "The central bank said it raised rates in July and would do so again in September.",
        date(2027, 8, 18),
        [("July", "2027-07"), ("September", "2027-09")],
    ),
    (
        "speech-suspect-due-in-court-friday-arrested-tuesday",
        "Prosecutors said the suspect, who is due in court on Friday, was arrested at an airport on Tuesday.",
        date(2026, 10, 7),
        [("Friday", "2026-10-09"), ("Tuesday", "2026-10-06")],
    ),
    (
        "speech-flights-resume-saturday-rather-than-friday",
        "The airline said flights would resume on Saturday rather than Friday.",
        date(2027, 7, 22),
        [("Saturday", "2027-07-24"), ("Friday", "2027-07-23")],
    ),
    (
        "speech-had-spoken-sunday-would-see-again-friday",
        "The prime minister said on Wednesday that she had spoken to the president on Sunday and would see "
        "him again on Friday.",
        date(2026, 11, 26),
        [("Wednesday", "2026-11-25"), ("Sunday", "2026-11-22"), ("Friday", "2026-11-27")],
    ),
    (
        "speech-claimed-ballots-printed-august-law-changed-september",
        "Opposition leaders claimed the ballots had been printed in August, before the law changed in September.",
        date(2027, 1, 15),
        [("August", "2026-08"), ("September", "2026-09")],
    ),
    (
        "speech-says-complaints-since-friday",
        "The regulator says it has received 3,000 complaints since Friday.",
        date(2026, 9, 14),
        [("Friday", "2026-09-11")],
    ),
    (
        "speech-warned-tuesday-prices-rise-january",
        "Energy suppliers warned on Tuesday that prices would rise again in January.",
        date(2026, 12, 31),
        [("Tuesday", "2026-12-29"), ("January", "2027-01")],
    ),
    (
        "speech-said-monday-sales-slumped-december",
        "The chain said on Monday that sales had slumped in December.",
        date(2027, 1, 3),
        [("Monday", "2026-12-28"), ("December", "2026-12")],
    ),
    (
        "speech-king-due-to-visit-tuesday-palace-said-friday",
        "The king is due to visit the flooded towns on Tuesday, the palace said on Friday.",
        date(2027, 10, 30),
        [("Tuesday", "2027-11-02"), ("Friday", "2027-10-29")],
    ),
    (
        "speech-said-sunday-concert-moved-to-wednesday",
        "Organisers said on Sunday the concert had been moved to Wednesday.",
        date(2026, 9, 14),
        [("Sunday", "2026-09-13"), ("Wednesday", "2026-09-16")],
    ),
    (
        "speech-senator-in-hospital-since-tuesday-return-monday",
        "The senator, who has been in hospital since Tuesday, said she would return to work on Monday.",
        date(2027, 6, 4),
        [("Tuesday", "2027-06-01"), ("Monday", "2027-06-07")],
    ),
    (
        "speech-said-expected-to-restore-service-by-wednesday",
        "The airline said it expected to restore full service by Wednesday.",
        date(2026, 11, 23),
        [("Wednesday", "2026-11-25")],
    ),
    (
        "speech-strike-began-monday-expected-to-end-friday",
        "The minister said the strike, which began on Monday, is expected to end on Friday.",
        date(2027, 8, 18),
        [("Monday", "2027-08-16"), ("Friday", "2027-08-20")],
    ),
    (
        "speech-council-said-friday-vote-thursday-leap-day",
        "The council said on Friday it would vote on the plan on Thursday.",
        date(2028, 2, 29),
        [("Friday", "2028-02-25"), ("Thursday", "2028-03-02")],
    ),
    (
        "speech-article-rail-strike-weekend",
        "Rail workers will strike on Saturday and Sunday, their union announced on Tuesday. The walkout, "
        'which was called after talks collapsed last week, is the third since January. "We will meet the '
        "company at any time before Friday,\" the union's leader said on Tuesday. The operator said services "
        "would be cut by half over the weekend and would return to normal on Monday. Talks last took place on "
        "Feb. 24.",
        date(2027, 3, 10),
        [
            ("Saturday", "2027-03-13"),
            ("Sunday", "2027-03-14"),
            ("Tuesday", "2027-03-09"),
            ("last week", "2027-W09"),
            ("January", "2027-01"),
            ("Friday", "2027-03-12"),
            ("Tuesday", "2027-03-09"),
            ("the weekend", "2027-W10-WE"),
            ("Monday", "2027-03-15"),
            ("Feb. 24", "2027-02-24"),
        ],
    ),
    (
        "speech-article-council-leader-fraud-sentencing",
        "A former council leader, who admitted fraud on Monday, will be sentenced on Oct. 22, a judge said. "
        "The court heard that he had taken the money over four years. His lawyer told the court on Wednesday "
        'that he had repaid £40,000 in August and would repay the rest by Christmas. "He has not slept since '
        'Monday," she said.',
        date(2027, 9, 30),
        [
            ("Monday", "2027-09-27"),
            ("Oct. 22", "2027-10-22"),
            ("four years", "P4Y"),
            ("Wednesday", "2027-09-29"),
            ("August", "2027-08"),
            ("Christmas", "2027-12-25"),
            ("Monday", "2027-09-27"),
        ],
    ),
    (
        "speech-article-election-called-new-year",
        "The president said on Tuesday that the election would be held on Sunday, Feb. 7. Opposition parties, "
        'which boycotted the last vote in 2021, said they would decide next week whether to take part. "The '
        'campaign starts tomorrow," the head of the electoral commission said on Wednesday. Campaigning must '
        "end 48 hours before polls open.",
        date(2026, 12, 31),
        [
            ("Tuesday", "2026-12-29"),
            ("Sunday, Feb. 7", "2027-02-07"),
            ("2021", "2021"),
            ("next week", "2027-W01"),
            ("tomorrow", "2026-12-31"),
            ("Wednesday", "2026-12-30"),
            ("48 hours", "PT48H"),
        ],
    ),
    (
        "speech-article-junior-doctors-walkout",
        "Junior doctors in Scotland will walk out for three days from Tuesday, their union said on Friday. "
        "Health officials said 1,200 operations had been cancelled since the strike was announced on Monday. "
        "The government, which made a pay offer in January, said it would not reopen talks until April. "
        '"Patients will suffer next week," a surgeon said on Thursday.',
        date(2028, 3, 4),
        [
            ("three days", "P3D"),
            ("Tuesday", "2028-03-07"),
            ("Friday", "2028-03-03"),
            ("Monday", "2028-02-28"),
            ("January", "2028-01"),
            ("April", "2028-04"),
            ("next week", "2028-W10"),
            ("Thursday", "2028-03-02"),
        ],
    ),
    (
        "speech-article-striker-transfer-deadline",
        "The striker, who joined the club in July, could leave before the transfer window closes on Friday, "
        'his agent said on Monday. He scored twice on Saturday. "He will train with the squad tomorrow," the '
        "manager said on Sunday. A medical is due on Wednesday.",
        date(2027, 8, 31),
        [
            ("July", "2027-07"),
            ("Friday", "2027-09-03"),
            ("Monday", "2027-08-30"),
            ("Saturday", "2027-08-28"),
            ("tomorrow", "2027-08-30"),
            ("Sunday", "2027-08-29"),
            ("Wednesday", "2027-09-01"),
        ],
    ),
    (
        "speech-article-car-plant-closure",
        "The carmaker said on Tuesday that its Sunderland plant, which opened in 1986, would close in the "
        "spring. Production was cut in September after orders fell sharply. Union leaders, who met managers "
        'on Monday, said they had not been warned. "Until last week we were told the plant was safe," a shop '
        "steward said. The company will open a formal consultation on Friday.",
        date(2027, 11, 24),
        [
            ("Tuesday", "2027-11-23"),
            ("1986", "1986"),
            ("the spring", "2028-SP"),
            ("September", "2027-09"),
            ("Monday", "2027-11-22"),
            ("last week", "2027-W46"),
            ("Friday", "2027-11-26"),
        ],
    ),
    # --- a twentieth held-out batch: history, anniversaries and explainers, written blind ---
    (
        "past-born-1947-left-school-at-15",
        "Born in 1947 in a pit village near Durham, she left school at 15 and moved to London in the summer of 1966.",
        date(2025, 3, 6),
        [("1947", "1947"), ("the summer of 1966", "1966-SU")],
    ),
    (
        "past-died-march-3-at-91",
        "The architect died on March 3 at 91, his daughter said on Wednesday.",
        date(2025, 3, 6),
        [("March 3", "2025-03-03"), ("Wednesday", "2025-03-05")],
    ),
    (
        "past-poet-born-1938-died-friday-age-86",
        "The poet, who was born in Belfast in 1938, died in hospital on Friday at the age of 86.",
        date(2024, 12, 2),
        [("1938", "1938"), ("Friday", "2024-11-29")],
    ),
    (
        "past-appointed-at-34-almost-a-decade",
        "Appointed in 1999 at the age of 34, she was the youngest head teacher in the county for almost a decade.",
        date(2026, 1, 1),
        [("1999", "1999"), ("almost a decade", "P10Y")],
    ),
    (
        "past-couple-met-40-years-ago",
        "The couple met 40 years ago at a dance hall in Hull and married in 1987.",
        date(2025, 9, 10),
        [("40 years ago", "1985"), ("1987", "1987")],
    ),
    (
        "past-fifty-years-ago-today-moon",
        "Fifty years ago today, two astronauts stepped onto the Moon while 600 million people watched.",
        date(2019, 7, 20),
        [("Fifty years ago today", "1969-07-20")],
    ),
    (
        "past-flood-anniversary-next-month-week-53",
        "The town will mark the 50th anniversary of the 1977 flood, which forced 400 families from their "
        "homes, next month.",
        date(2026, 12, 31),
        [("1977", "1977"), ("next month", "2027-01")],
    ),
    (
        "past-this-year-marks-30-years",
        "This year marks 30 years since the wall came down.",
        date(2019, 11, 9),
        [("This year", "2019"), ("30 years", "P30Y")],
    ),
    (
        "past-twenty-five-years-ago-in-march-2000",
        "Twenty-five years ago, in March 2000, the dotcom bubble burst.",
        date(2025, 3, 14),
        [("Twenty-five years ago", "2000"), ("March 2000", "2000-03")],
    ),
    (
        "past-class-of-1992-reunion",
        "Members of the class of 1992 met at the school on Saturday for the first time in 30 years.",
        date(2022, 6, 13),
        [("1992", "1992"), ("Saturday", "2022-06-11"), ("30 years", "P30Y")],
    ),
    (
        "past-punk-late-1970s-mid-1980s",
        "Punk reached the town's pubs only in the late 1970s, and the scene had faded by the mid-1980s.",
        date(2024, 9, 16),
        [("the late 1970s", "197"), ("the mid-1980s", "198")],
    ),
    (
        "past-smartphones-mid-2000s",
        "Smartphones were still a novelty in the mid-2000s; by 2015, two in three adults owned one.",
        date(2023, 8, 22),
        [("the mid-2000s", "200"), ("2015", "2015")],
    ),
    (
        "past-mill-19th-century-112-years",
        "The mill, built in the 19th century, employed 600 people at its peak and closed in 1971 after 112 years.",
        date(2022, 5, 11),
        [("the 19th century", "18"), ("1971", "1971"), ("112 years", "P112Y")],
    ),
    (
        "past-club-titles-1980s-and-1990s",
        "The club won six league titles in the 1980s and 1990s but has not won one since 2004.",
        date(2025, 5, 21),
        [("the 1980s", "198"), ("1990s", "199"), ("2004", "2004")],
    ),
    (
        "past-cathedral-1190s-century-later",
        "The cathedral, begun in the 1190s, was finished a century later.",
        date(2027, 1, 1),
        [("the 1190s", "119"), ("a century later", "129")],
    ),
    (
        "past-early-21st-century-wind-farms",
        "The early 21st century brought the first wind farms to the coast; by 2030 the council wants 40 more.",
        date(2022, 10, 20),
        [("The early 21st century", "20"), ("2030", "2030")],
    ),
    (
        "past-coal-mid-18th-century",
        "Coal was first mined here in the mid-18th century; the last pit closed in 1994.",
        date(2024, 3, 6),
        [("the mid-18th century", "17"), ("1994", "1994")],
    ),
    (
        "past-summer-of-1976-until-2003",
        "The summer of 1976 was the hottest on record until 2003.",
        date(2022, 7, 19),
        [("The summer of 1976", "1976-SU"), ("2003", "2003")],
    ),
    (
        "past-presenter-nearly-three-decades-new-year",
        "He has presented the breakfast programme for nearly three decades and will step down in the new year.",
        date(2025, 12, 19),
        [("nearly three decades", "P30Y"), ("the new year", "2026")],
    ),
    (
        "past-bakery-since-early-1990s",
        "The family has run the bakery since the early 1990s, when bread cost 50p a loaf.",
        date(2023, 2, 27),
        [("the early 1990s", "199")],
    ),
    (
        "past-parish-between-1914-and-1918",
        "More than 700 men from the parish served between 1914 and 1918, and 96 of them never came home.",
        date(2018, 11, 11),
        [("1914", "1914"), ("1918", "1918")],
    ),
    (
        "past-council-2001-to-2009",
        "She sat on the city council from 2001 to 2009 and ran for mayor in 2012.",
        date(2024, 10, 15),
        [("2001", "2001"), ("2009", "2009"), ("2012", "2012")],
    ),
    (
        "past-orchestra-18-years-until-2019",
        "He led the orchestra for 18 years, until his retirement in 2019.",
        date(2024, 12, 30),
        [("18 years", "P18Y"), ("2019", "2019")],
    ),
    (
        "past-theatre-1936-two-years-later-seats",
        "The theatre burned down in 1936; two years later it reopened with 1,200 seats.",
        date(2026, 2, 13),
        [("1936", "1936"), ("two years later", "1938")],
    ),
    (
        "past-dam-november-1963-following-spring",
        "The dam was finished in November 1963. The following spring, the valley flooded.",
        date(2023, 4, 3),
        [("November 1963", "1963-11"), ("The following spring", "1964-SP")],
    ),
    (
        "past-trap-street-number-1848",
        "The museum moved to 1848 Harbour Street last year.",
        date(2023, 1, 2),
        [("last year", "2022")],
    ),
    (
        "past-trap-price-1945-pounds",
        "A signed 1966 programme fetched £1945 at auction on Tuesday.",
        date(2024, 2, 29),
        [("1966", "1966"), ("Tuesday", "2024-02-27")],
    ),
    (
        "past-trap-death-toll-1836",
        "The 1953 flood killed 1,836 people in the Netherlands.",
        date(2023, 2, 1),
        [("1953", "1953")],
    ),
    (
        "past-trap-route-66",
        "Route 66, commissioned in 1926, lost its highway status in 1985.",
        date(2026, 11, 11),
        [("1926", "1926"), ("1985", "1985")],
    ),
    (
        "past-trap-census-1914-residents",
        "The village had 1,914 residents at the 1921 census and fewer than 800 by 2011.",
        date(2021, 3, 21),
        [("1921", "1921"), ("2011", "2011")],
    ),
    (
        "past-trap-diary-1918-pages",
        "The diary runs to 1,918 pages and covers the war from 1939 to 1945.",
        date(2025, 5, 10),
        [("1939", "1939"), ("1945", "1945")],
    ),
    ("past-trap-ticket-price-seats", "Tickets cost $19.45 and the hall seats 1,990.", date(2022, 1, 1), []),
    ("past-trap-flight-1549", "Flight 1549 landed safely with 155 people on board.", date(2025, 1, 14), []),
    (
        "past-article-bookseller-obituary",
        "Margaret Hale, who ran the Northgate bookshop for nearly four decades, died on Tuesday at 89, her "
        "son said on Thursday. Born in 1935 in Sheffield, she trained as a teacher in the late 1950s. She "
        "opened the shop in 1968 with £400 borrowed from her father. A decade later it had three branches. "
        "She sold the business in 2006, and a year later she moved to Italy. A memorial service will be held "
        "on March 21.",
        date(2025, 3, 7),
        [
            ("nearly four decades", "P40Y"),
            ("Tuesday", "2025-03-04"),
            ("Thursday", "2025-03-06"),
            ("1935", "1935"),
            ("the late 1950s", "195"),
            ("1968", "1968"),
            ("A decade later", "1978"),
            ("2006", "2006"),
            ("a year later", "2007"),
            ("March 21", "2025-03-21"),
        ],
    ),
    (
        "past-article-apollo-launch-anniversary",
        "Fifty years ago today, Apollo 11 lifted off from Florida. The crew landed on the Moon four days "
        "later, on July 20, 1969. Armstrong, who was born in 1930, had joined the astronaut corps in 1962. He "
        "died in August 2012 at 82. The launch pad was rebuilt in the 2010s for private rockets. A replica of "
        "the command module will go on display next week, and the museum will reopen its Apollo hall on "
        "Saturday.",
        date(2019, 7, 16),
        [
            ("Fifty years ago today", "1969-07-16"),
            ("four days later", "1969-07-20"),
            ("July 20, 1969", "1969-07-20"),
            ("1930", "1930"),
            ("1962", "1962"),
            ("August 2012", "2012-08"),
            ("the 2010s", "201"),
            ("next week", "2019-W30"),
            ("Saturday", "2019-07-20"),
        ],
    ),
    (
        "past-article-clean-air-explainer-leap-day",
        "The Clean Air Act, passed in 1956, followed the London smog of December 1952, which killed about "
        "4,000 people in five days. A decade later, a second smog killed some 750. The law was extended in "
        "1968, and two years later the government set up a new environment department. Since the early 1990s, "
        "councils have had to measure pollution every day. Ministers said on Tuesday that a new bill will be "
        "published in the spring.",
        date(2024, 2, 29),
        [
            ("1956", "1956"),
            ("December 1952", "1952-12"),
            ("five days", "P5D"),
            ("A decade later", "1962"),
            ("1968", "1968"),
            ("two years later", "1970"),
            ("the early 1990s", "199"),
            ("every day", "P1D"),
            ("Tuesday", "2024-02-27"),
            ("the spring", "2024-SP"),
        ],
    ),
    (
        "past-article-brewery-retirement-week-53",
        "Dorothy Price retires this week after 42 years at the family brewery, which her grandfather founded "
        "in 1889. She joined as a typist in 1978 and became managing director in the mid-1990s. Under her the "
        "brewery doubled its output between 1995 and 2005. It survived the recession of the early 1980s by "
        "selling beer to 300 pubs. Its oldest bitter, first brewed in 1921, still outsells all the others. "
        "The brewery will close for two weeks in January for repairs. Her nephew, 37, takes over on Monday.",
        date(2020, 12, 31),
        [
            ("this week", "2020-W53"),
            ("42 years", "P42Y"),
            ("1889", "1889"),
            ("1978", "1978"),
            ("the mid-1990s", "199"),
            ("1995", "1995"),
            ("2005", "2005"),
            ("the early 1980s", "198"),
            ("1921", "1921"),
            ("two weeks", "P2W"),
            ("January", "2021-01"),
            ("Monday", "2021-01-04"),
        ],
    ),
    (
        "past-article-berlin-wall-anniversary",
        "Berlin marked 36 years since the fall of the Wall on Sunday. The border opened on November 9, 1989, "
        "after 28 years of division. On October 3, 1990, Germany was reunited. The Wall had been built in "
        "August 1961. Until 2015, a stretch of it stood in a car park by the river. About 140 people died "
        "trying to cross it between 1961 and 1989. Next year the city will open a new museum at Bernauer "
        "Strasse 111.",
        date(2025, 11, 9),
        [
            ("36 years", "P36Y"),
            ("Sunday", "2025-11-09"),
            ("November 9, 1989", "1989-11-09"),
            ("28 years", "P28Y"),
            ("October 3, 1990", "1990-10-03"),
            ("August 1961", "1961-08"),
            ("2015", "2015"),
            ("1961", "1961"),
            ("1989", "1989"),
            ("Next year", "2026"),
        ],
    ),
    (
        "past-article-abbey-centuries",
        "The abbey was founded in the 12th century and dissolved in 1539. For two centuries its stones were "
        "carted away for local houses. Restoration began in the late 19th century, and the cloister was "
        "rebuilt between 1904 and 1911. The abbey closed to visitors in 2020 and reopened two years later. "
        "This year it welcomed 120,000 people, and it will charge £12 for entry from April.",
        date(2023, 10, 2),
        [
            ("the 12th century", "11"),
            ("1539", "1539"),
            ("two centuries", "P200Y"),
            ("the late 19th century", "18"),
            ("1904", "1904"),
            ("1911", "1911"),
            ("2020", "2020"),
            ("two years later", "2022"),
            ("This year", "2023"),
            ("April", "2024-04"),
        ],
    ),
    (
        "past-article-shopkeeper-profile",
        "Ravi Shah was 14 when his family arrived in Leicester from Kampala in 1972. He opened his first shop "
        "on Belgrave Road three years later and, by the late 1980s, owned 23 of them. He served as the city's "
        "lord mayor from 1996 to 1997. His father, who died in 2003, had run a garage in Kampala for two "
        "decades. He has spent the past two years writing a memoir, which goes on sale on Thursday. A launch "
        "event will be held at the Curve theatre on Aug. 25.",
        date(2022, 8, 15),
        [
            ("1972", "1972"),
            ("three years later", "1975"),
            ("the late 1980s", "198"),
            ("1996", "1996"),
            ("1997", "1997"),
            ("2003", "2003"),
            ("two decades", "P20Y"),
            ("the past two years", "P2Y"),
            ("Thursday", "2022-08-18"),
            ("Aug. 25", "2022-08-25"),
        ],
    ),
    (
        "past-article-world-cup-1966",
        "Fifty-five years ago, England won the World Cup at Wembley. The final, played on Saturday, July 30, "
        "1966, ended 4-2 after extra time in front of 96,924 fans. Geoff Hurst, born in 1941, scored three of "
        "the goals. England waited 24 years to reach another semi-final. Shirt numbers 1 to 11 had been worn "
        "at the tournament since 1954. The squad last met in full in July 2016. Ray Wilson, the oldest of "
        "them, died in 2018 at 83. The FA will honour the surviving players at a dinner on Saturday.",
        date(2021, 1, 4),
        [
            ("Fifty-five years ago", "1966"),
            ("Saturday, July 30, 1966", "1966-07-30"),
            ("1941", "1941"),
            ("24 years", "P24Y"),
            ("1954", "1954"),
            ("July 2016", "2016-07"),
            ("2018", "2018"),
            ("Saturday", "2021-01-09"),
        ],
    ),
    (
        "past-article-tram-explainer",
        "Why is the tram coming back? The city's old trams ran from 1885 until 1951, when buses replaced "
        "them. In the 1960s and 1970s, planners built ring roads instead. A plan to revive the network was "
        "drawn up in 1998 but shelved two years later. The new line, approved in 2019, cost £520 million and "
        "has 27 stops. Test runs started last month, and passengers can ride it from June 1.",
        date(2026, 4, 15),
        [
            ("1885", "1885"),
            ("1951", "1951"),
            ("the 1960s", "196"),
            ("1970s", "197"),
            ("1998", "1998"),
            ("two years later", "2000"),
            ("2019", "2019"),
            ("last month", "2026-03"),
            ("June 1", "2026-06-01"),
        ],
    ),
    (
        "past-article-armistice-centenary",
        "The guns fell silent on the Western Front at 11 a.m. on November 11, 1918. The war, fought between "
        "1914 and 1918, killed about 886,000 British soldiers. The Cenotaph was unveiled in 1920, and a year "
        "later the first poppies were sold. The ceremony is held every year. On Sunday, 10,000 people marched "
        "past it. The names of 207 local men will be read at noon on Saturday.",
        date(2018, 11, 12),
        [
            ("11 a.m. on November 11, 1918", "1918-11-11T11:00"),
            ("1914", "1914"),
            ("1918", "1918"),
            ("1920", "1920"),
            ("a year later", "1921"),
            ("every year", "P1Y"),
            ("Sunday", "2018-11-11"),
            ("noon on Saturday", "2018-11-17T12:00"),
        ],
    ),
    (
        "past-article-pension-age-leap-day",
        "The state pension was introduced in 1909 for people over 70. Its age was cut to 65 for men in 1948, "
        "three years after the war ended. Women could claim at 60 until 2010, when their pension age began to "
        "rise. Between 2018 and 2020 it climbed to 65, and it reached 66 in October 2020. It is due to reach "
        "67 between 2026 and 2028. The government will publish its next review of the pension age in the "
        "autumn.",
        date(2028, 2, 29),
        [
            ("1909", "1909"),
            ("1948", "1948"),
            ("three years", "P3Y"),
            ("2010", "2010"),
            ("2018", "2018"),
            ("2020", "2020"),
            ("October 2020", "2020-10"),
            ("2026", "2026"),
            ("2028", "2028"),
            ("the autumn", "2028-FA"),
        ],
    ),
    (
        "past-article-band-four-decades",
        "The band played its first gig in a Dublin pub in 1978, for a fee of £30. By the mid-1980s it was "
        "filling stadiums, and its 1987 album sold 25 million copies. The four members have played together "
        "for more than four decades. Their drummer, 61, missed most of the 2010s through injury. The band "
        "said on Friday that it will tour again in the spring. Tickets, priced from €89, go on sale at 9 a.m. "
        "on Thursday.",
        date(2023, 1, 1),
        [
            ("1978", "1978"),
            ("the mid-1980s", "198"),
            ("1987", "1987"),
            ("more than four decades", "P40Y"),
            ("the 2010s", "201"),
            ("Friday", "2022-12-30"),
            ("the spring", "2023-SP"),
            ("9 a.m. on Thursday", "2023-01-05T09:00"),
        ],
    ),
    (
        "past-article-great-exhibition-175-years",
        "The Great Exhibition opened in Hyde Park on May 1, 1851, 175 years ago today. More than six million "
        "people visited before it closed on 15 October 1851. The glass hall was moved to south London in 1854 "
        "and burned down in 1936. Its profits paid for the museums of South Kensington, built in the second "
        "half of the 19th century. Since 2001, entry to the museums has been free. A new exhibition about the "
        "hall opens on Saturday and runs until the end of September.",
        date(2026, 5, 1),
        [
            ("May 1, 1851", "1851-05-01"),
            ("175 years ago today", "1851-05-01"),
            ("15 October 1851", "1851-10-15"),
            ("1854", "1854"),
            ("1936", "1936"),
            ("the second half of the 19th century", "18"),
            ("2001", "2001"),
            ("Saturday", "2026-05-02"),
            ("the end of September", "2026-09"),
        ],
    ),
    (
        "past-article-pier-turns-150-week-53",
        "The pier at Saltby turns 150 this year. It opened in 1877, when a return ticket from Leeds cost a "
        "shilling, and was cut in two by a storm in the winter of 1953. For much of the 1970s it stood empty. "
        "A local trust bought it for £1 in 2009 and spent ten years restoring it. Since reopening in 2019, it "
        "has drawn more than a million visitors. The celebrations begin at 6 p.m. on Jan. 16 with fireworks.",
        date(2027, 1, 2),
        [
            ("this year", "2027"),
            ("1877", "1877"),
            ("the winter of 1953", "1953-WI"),
            ("the 1970s", "197"),
            ("2009", "2009"),
            ("ten years", "P10Y"),
            ("2019", "2019"),
            ("6 p.m. on Jan. 16", "2027-01-16T18:00"),
        ],
    ),
    (
        "past-harbour-bridge-90-years-this-weekend",
        "Sydney Harbour Bridge opened on 19 March 1932, and this weekend 90,000 people will walk across it.",
        date(2022, 3, 16),
        [("19 March 1932", "1932-03-19"), ("this weekend", "2022-W11-WE")],
    ),
    (
        "past-island-occupied-june-1940-until-may-1945",
        "The island was occupied from June 1940 until May 1945.",
        date(2025, 5, 9),
        [("June 1940", "1940-06"), ("May 1945", "1945-05")],
    ),
    (
        "past-statue-a-year-ago-80th-anniversary",
        "The statue was unveiled a year ago, on the 80th anniversary of the landings.",
        date(2025, 6, 6),
        [("a year ago", "2024")],
    ),
    # --- a twenty-first held-out batch: sport in depth, written blind ---
    (
        "sport2-kicked-off-3pm-saturday",
        "The match kicked off at 3pm on Saturday in front of a sell-out crowd.",
        date(2025, 3, 10),
        [("3pm on Saturday", "2025-03-08T15:00")],
    ),
    (
        "sport2-score-and-shirt-number",
        "Arsenal beat Chelsea 3-1 on Sunday, with their No. 9 scoring twice.",
        date(2024, 10, 22),
        [("Sunday", "2024-10-20")],
    ),
    (
        "sport2-76ers-wednesday-night",
        "The 76ers won 112-104 in Philadelphia on Wednesday night.",
        date(2025, 1, 16),
        [("Wednesday night", "2025-01-15TNI")],
    ),
    (
        "sport2-formula-1-returns",
        "Formula 1 returns to Las Vegas on Nov. 22.",
        date(2025, 10, 1),
        [("Nov. 22", "2025-11-22")],
    ),
    (
        "sport2-1500m-friday",
        "She set a personal best in the 1500m on Friday.",
        date(2024, 8, 10),
        [("Friday", "2024-08-09")],
    ),
    (
        "sport2-game-7-is-on",
        "Game 7 is on Wednesday night in Denver.",
        date(2025, 5, 19),
        [("Wednesday night", "2025-05-21TNI")],
    ),
    (
        "sport2-trade-deadline-is-3pm-et",
        "The trade deadline is 3 p.m. ET on Thursday.",
        date(2026, 2, 2),
        [("3 p.m. ET on Thursday", "2026-02-05T15:00")],
    ),
    (
        "sport2-tore-hamstring-out-six-weeks",
        "The striker, who tore a hamstring on Saturday, is out for six weeks.",
        date(2023, 11, 27),
        [("Saturday", "2023-11-25"), ("six weeks", "P6W")],
    ),
    (
        "sport2-miss-next-three-matches",
        "The defender will miss the next three matches through suspension.",
        date(2025, 10, 1),
        [],
    ),
    (
        "sport2-expected-back-in-march",
        "The captain is expected back in March after knee surgery.",
        date(2024, 12, 30),
        [("March", "2025-03")],
    ),
    ("sport2-first-goal-since-2019", "It was his first league goal since 2019.", date(2024, 2, 29), [("2019", "2019")]),
    (
        "sport2-first-final-in-12-years",
        "Leicester reached the final for the first time in 12 years.",
        date(2025, 4, 27),
        [("12 years", "P12Y")],
    ),
    (
        "sport2-12-year-career-tuesday",
        "The goalkeeper announced his retirement on Tuesday, ending a 12-year career.",
        date(2026, 1, 7),
        [("Tuesday", "2026-01-06"), ("12-year", "P12Y")],
    ),
    (
        "sport2-window-shuts-sept-1",
        "Clubs are racing to complete deals before the window shuts on Sept. 1.",
        date(2025, 8, 25),
        [("Sept. 1", "2025-09-01")],
    ),
    ("sport2-final-is-on-sunday", "The final is on Sunday at Wembley.", date(2025, 5, 16), [("Sunday", "2025-05-18")]),
    (
        "sport2-2026-world-cup",
        "The 2026 World Cup will be staged in the United States, Canada and Mexico.",
        date(2023, 6, 1),
        [("2026", "2026")],
    ),
    (
        "sport2-wimbledon-starts-monday",
        "Wimbledon starts on Monday, with the defending champion first up on Centre Court.",
        date(2025, 6, 28),
        [("Monday", "2025-06-30")],
    ),
    (
        "sport2-fifth-test-thursday-date",
        "The fifth Test begins at The Oval on Thursday 31 July.",
        date(2025, 7, 28),
        [("Thursday 31 July", "2025-07-31")],
    ),
    (
        "sport2-four-year-contract-friday",
        "The No. 7 signed a four-year contract on Friday.",
        date(2026, 7, 14),
        [("four-year", "P4Y"), ("Friday", "2026-07-10")],
    ),
    (
        "sport2-won-2-0-on-2-march",
        "Liverpool won 2-0 at Anfield on 2 March.",
        date(2025, 3, 4),
        [("2 March", "2025-03-02")],
    ),
    (
        "sport2-quote-go-again-tomorrow",
        '"We go again tomorrow," the coach said on Saturday.',
        date(2025, 9, 15),
        [("tomorrow", "2025-09-14"), ("Saturday", "2025-09-13")],
    ),
    (
        "sport2-lakers-last-night",
        "The Lakers beat the Celtics 118-110 last night.",
        date(2025, 2, 7),
        [("last night", "2025-02-06TNI")],
    ),
    (
        "sport2-draft-june-25-and-26",
        "The NBA draft is held on June 25 and 26.",
        date(2025, 5, 20),
        [("June 25", "2025-06-25"), ("26", "2025-06-26")],
    ),
    (
        "sport2-tournament-runs-from-to",
        "The World Cup runs from June 11 to July 19.",
        date(2026, 3, 10),
        [("June 11", "2026-06-11"), ("July 19", "2026-07-19")],
    ),
    (
        "sport2-sacked-two-weeks-ago",
        "The club sacked its head coach two weeks ago.",
        date(2025, 1, 6),
        [("two weeks ago", "2024-W52")],
    ),
    ("sport2-toured-japan-in-july", "The squad toured Japan in July.", date(2025, 11, 3), [("July", "2025-07")]),
    (
        "sport2-leap-day-fixture",
        "The rearranged fixture will be played on Feb. 29.",
        date(2028, 1, 15),
        [("Feb. 29", "2028-02-29")],
    ),
    (
        "sport2-winter-classic-new-years-day",
        "The Winter Classic is played on New Year's Day at Wrigley Field.",
        date(2024, 12, 27),
        [("New Year's Day", "2025-01-01")],
    ),
    (
        "sport2-rain-delay-more-than-three-hours",
        "The rain delay at Edgbaston lasted more than three hours.",
        date(2025, 7, 2),
        [("more than three hours", "PT3H")],
    ),
    (
        "sport2-week-53-last-and-next-week",
        "The league, which postponed three matches last week, will decide next week whether to pause the season.",
        date(2020, 12, 31),
        [("last week", "2020-W52"), ("next week", "2021-W01")],
    ),
    (
        "sport2-traps-only",
        "The 49ers beat the Rams 26-23 in overtime, and their No. 12 threw for 300 yards.",
        date(2025, 10, 1),
        [],
    ),
    (
        "sport2-article-derby-report",
        "City came from behind to beat United 2-1 at the Etihad on Saturday. United led through a header "
        "after 12 minutes, but City equalised two minutes before the break. The winner came from their No. 47 "
        "with eight minutes left. It was City's first derby win since March 2023. The result lifts City to "
        "second, three points behind Arsenal, who play at home on Monday night. City travel to Madrid on "
        "Wednesday for the Champions League, then host Brentford next Sunday. Their manager, who signed a new "
        "contract in August, called it the best win of his time at the club.",
        date(2025, 10, 19),
        [
            ("Saturday", "2025-10-18"),
            ("12 minutes", "PT12M"),
            ("two minutes", "PT2M"),
            ("eight minutes", "PT8M"),
            ("March 2023", "2023-03"),
            ("Monday night", "2025-10-20TNI"),
            ("Wednesday", "2025-10-22"),
            ("next Sunday", "2025-10-26"),
            ("August", "2025-08"),
        ],
    ),
    (
        "sport2-article-transfer-deadline",
        "Newcastle have until 7pm on Monday to sign a striker before the transfer window shuts. The club "
        "rejected a third bid from Liverpool for their top scorer on Tuesday. The Swede, who joined in "
        "January 2023, has not trained for three weeks. Eddie Howe said on Thursday that he expected a "
        "decision within 48 hours. Newcastle paid a club-record fee two years ago and have three years left "
        "on his contract. The Premier League resumes on Sept. 13 after the international break.",
        date(2025, 8, 29),
        [
            ("7pm on Monday", "2025-09-01T19:00"),
            ("Tuesday", "2025-08-26"),
            ("January 2023", "2023-01"),
            ("three weeks", "P3W"),
            ("Thursday", "2025-08-28"),
            ("48 hours", "PT48H"),
            ("two years ago", "2023"),
            ("three years", "P3Y"),
            ("Sept. 13", "2025-09-13"),
        ],
    ),
    (
        "sport2-article-captain-injury",
        "Chelsea's captain damaged ankle ligaments on Saturday and will be out for eight weeks. A scan on "
        "Monday confirmed the extent of the damage. He is expected back in late February, in time for the "
        "League Cup final on Feb. 25. The club spent heavily last year and is expected to add a defender this "
        "month. The transfer window closes on Feb. 1. Chelsea play Fulham at 12.30pm on Saturday 13 January.",
        date(2024, 1, 3),
        [
            ("Saturday", "2023-12-30"),
            ("eight weeks", "P8W"),
            ("Monday", "2024-01-01"),
            ("late February", "2024-02"),
            ("Feb. 25", "2024-02-25"),
            ("last year", "2023"),
            ("this month", "2024-01"),
            ("Feb. 1", "2024-02-01"),
            ("12.30pm on Saturday 13 January", "2024-01-13T12:30"),
        ],
    ),
    (
        "sport2-article-nba-game-7",
        "Denver forced a Game 7 with a 119-107 win on Sunday night. The deciding game tips off at 8:30 p.m. "
        "Eastern on Wednesday in Oklahoma City. The Thunder have not lost at home since March 4. Their point "
        "guard scored 41 points in 44 minutes. The winner meets Minnesota in the conference finals, which "
        "begin on May 27. Denver last reached the conference finals in 2023, when it won its first "
        "championship. Game 6 was the first time in three weeks that the Serbian had been held under 20 "
        "points.",
        date(2025, 5, 19),
        [
            ("Sunday night", "2025-05-18TNI"),
            ("8:30 p.m. Eastern on Wednesday", "2025-05-21T20:30"),
            ("March 4", "2025-03-04"),
            ("44 minutes", "PT44M"),
            ("May 27", "2025-05-27"),
            ("2023", "2023"),
            ("three weeks", "P3W"),
        ],
    ),
    (
        "sport2-article-ashes-adelaide",
        "Australia reached 326 for six at stumps on Thursday in Adelaide. Their captain batted for five and a "
        "half hours for 142, his first Test century since 2022. England, who lost the first Test in Perth "
        "inside two days, need a win to keep the series alive. Rain is expected on Saturday afternoon. The "
        "fourth Test starts in Melbourne on Boxing Day. The fifth Test begins in Sydney on Jan. 4. England "
        "last won a series in Australia in 2011.",
        date(2025, 12, 19),
        [
            ("Thursday", "2025-12-18"),
            ("five and a half hours", "PT5H30M"),
            ("2022", "2022"),
            ("two days", "P2D"),
            ("Saturday afternoon", "2025-12-20TAF"),
            ("Boxing Day", "2025-12-26"),
            ("Jan. 4", "2026-01-04"),
            ("2011", "2011"),
        ],
    ),
    (
        "sport2-article-wimbledon-preview",
        "Wimbledon starts on Monday, and the top seed will open on Centre Court at 1.30pm. She won her first "
        "grand slam title here two years ago. She withdrew from Eastbourne last week with a shoulder problem "
        "but practised for an hour on Friday. The women's final is on Saturday 13 July and the men's final on "
        "Sunday 14 July. The tournament was first played in 1877.",
        date(2024, 6, 29),
        [
            ("Monday", "2024-07-01"),
            ("1.30pm", "2024-07-01T13:30"),
            ("two years ago", "2022"),
            ("last week", "2024-W25"),
            ("an hour", "PT1H"),
            ("Friday", "2024-06-28"),
            ("Saturday 13 July", "2024-07-13"),
            ("Sunday 14 July", "2024-07-14"),
            ("1877", "1877"),
        ],
    ),
    (
        "sport2-article-f1-bahrain-leap-day",
        "Formula 1's new season starts in Bahrain on Saturday. First practice began at 2.30pm on Thursday. "
        "The champion, who won 19 of 22 races last year, is under contract until 2028. His teammate finished "
        "third in testing last week. The season has 24 races and ends in Abu Dhabi on Dec. 8. The Saudi "
        "Arabian Grand Prix follows on March 9.",
        date(2024, 2, 29),
        [
            ("Saturday", "2024-03-02"),
            ("2.30pm on Thursday", "2024-02-29T14:30"),
            ("last year", "2023"),
            ("2028", "2028"),
            ("last week", "2024-W08"),
            ("Dec. 8", "2024-12-08"),
            ("March 9", "2024-03-09"),
        ],
    ),
    (
        "sport2-article-1500m-champion-week-53",
        "The Olympic 1500m champion will race indoors for the first time in four years at Birmingham on Feb. "
        "20. She has not raced since the world championships in September. Her coach said on Saturday that "
        "she had trained at altitude for six weeks. The 2027 world indoor championships are in March. The "
        "3000m world record she is chasing has stood since 1993. She will also run at the Millrose Games in "
        "New York next month.",
        date(2027, 1, 3),
        [
            ("four years", "P4Y"),
            ("Feb. 20", "2027-02-20"),
            ("September", "2026-09"),
            ("Saturday", "2027-01-02"),
            ("six weeks", "P6W"),
            ("2027", "2027"),
            ("March", "2027-03"),
            ("1993", "1993"),
            ("next month", "2027-02"),
        ],
    ),
    (
        "sport2-article-nfl-trade-deadline",
        "The Jets traded their star cornerback to Indianapolis on Tuesday, hours before the trade deadline. "
        "The Colts, 7-2 after Sunday's win in Berlin, sent two first-round picks to New York. The cornerback "
        "signed a four-year extension in 2023. He is expected to make his Colts debut against Pittsburgh on "
        "Sunday. Indianapolis last won a Super Bowl in February 2007. The Jets have not reached the playoffs "
        "since the 2010 season.",
        date(2025, 11, 4),
        [
            ("Tuesday", "2025-11-04"),
            ("hours", "PTXH"),
            ("Sunday", "2025-11-02"),
            ("four-year", "P4Y"),
            ("2023", "2023"),
            ("Sunday", "2025-11-09"),
            ("February 2007", "2007-02"),
            ("2010", "2010"),
        ],
    ),
    (
        "sport2-article-six-nations-preview",
        "Ireland open their Six Nations defence against England in Dublin at 4.45pm on Saturday. They have "
        "won the title in each of the last two years. England's head coach named his side on Thursday, with "
        "three uncapped players on the bench. France host Wales at the Stade de France on Friday night. The "
        "championship ends on March 15. Ireland have not lost a Six Nations match in Dublin since 2019. Their "
        "fly-half, out since December with a knee injury, returns on the bench.",
        date(2025, 1, 31),
        [
            ("4.45pm on Saturday", "2025-02-01T16:45"),
            ("the last two years", "P2Y"),
            ("Thursday", "2025-01-30"),
            ("Friday night", "2025-01-31TNI"),
            ("March 15", "2025-03-15"),
            ("2019", "2019"),
            ("December", "2024-12"),
        ],
    ),
    (
        "sport2-article-baseball-meetings",
        "Club executives gathered in Orlando on Monday for the league's December meetings. The Mets, who "
        "missed the playoffs by one game in September, are expected to make an offer to the free-agent "
        "pitcher this week. He turned down a seven-year offer from Toronto last month. Pitchers and catchers "
        "report to camp on Feb. 11. The regular season opens on March 26. The Mets have not won the World "
        "Series since 1986.",
        date(2025, 12, 8),
        [
            ("Monday", "2025-12-08"),
            ("December", "2025-12"),
            ("September", "2025-09"),
            ("this week", "2025-W50"),
            ("seven-year", "P7Y"),
            ("last month", "2025-11"),
            ("Feb. 11", "2026-02-11"),
            ("March 26", "2026-03-26"),
            ("1986", "1986"),
        ],
    ),
    (
        "sport2-article-masters-final-round",
        "Leading by two shots, the Spaniard tees off at 2.40pm for the final round of the Masters. He shot a "
        "66 on Saturday, his lowest round at Augusta since 2017. Play was suspended for 90 minutes on Friday "
        "afternoon because of lightning. A win would be his first major in nine years. The PGA Championship "
        "is in May.",
        date(2026, 4, 12),
        [
            ("2.40pm", "2026-04-12T14:40"),
            ("Saturday", "2026-04-11"),
            ("2017", "2017"),
            ("90 minutes", "PT90M"),
            ("Friday afternoon", "2026-04-10TAF"),
            ("nine years", "P9Y"),
            ("May", "2026-05"),
        ],
    ),
    (
        "sport2-article-tour-de-france",
        "The race leader stretched his advantage to four minutes on Tuesday's 16th stage. The race finishes "
        "in Paris on Sunday. He won the Tour in 2023 and finished second last year. His team confirmed on "
        "Wednesday morning that a teammate had abandoned overnight with a fever. The last Alpine stage, to "
        "the Col de la Loze, is on Thursday.",
        date(2025, 7, 23),
        [
            ("four minutes", "PT4M"),
            ("Tuesday", "2025-07-22"),
            ("Sunday", "2025-07-27"),
            ("2023", "2023"),
            ("last year", "2024"),
            ("Wednesday morning", "2025-07-23TMO"),
            ("overnight", "2025-07-22TNI"),
            ("Thursday", "2025-07-24"),
        ],
    ),
    (
        "sport2-article-festive-sacking-week-53",
        "Wolves sacked their manager on Monday after a 4-0 defeat at Anfield on Boxing Day. The club had won "
        "once since September. A caretaker will take charge of the game against Brentford on New Year's Day. "
        "The board hopes to appoint a permanent successor before the transfer window opens on Friday. Wolves, "
        "19th and six points from safety, were relegated three years ago. The previous manager lasted 14 "
        "months.",
        date(2026, 12, 29),
        [
            ("Monday", "2026-12-28"),
            ("Boxing Day", "2026-12-26"),
            ("September", "2026-09"),
            ("New Year's Day", "2027-01-01"),
            ("Friday", "2027-01-01"),
            ("three years ago", "2023"),
            ("14 months", "P14M"),
        ],
    ),
    (
        "sport2-article-fight-week",
        "The undisputed champion defends his titles in Las Vegas on Saturday night. The two fighters come "
        "face to face at a press conference at 3 p.m. on Thursday. The weigh-in is on Friday. The champion "
        "has not fought since May, when he won on points over 12 rounds. The challenger has won all 38 of his "
        "professional fights in a 14-year career.",
        date(2025, 9, 10),
        [
            ("Saturday night", "2025-09-13TNI"),
            ("3 p.m. on Thursday", "2025-09-11T15:00"),
            ("Friday", "2025-09-12"),
            ("May", "2025-05"),
            ("14-year", "P14Y"),
        ],
    ),
    # --- a twenty-second held-out batch: public notices, transport and weather warnings, written blind ---
    (
        "notice-road-closed-friday-to-monday",
        "The A38 will be closed in both directions from 8pm on Friday until 6am on Monday while the bridge is "
        "resurfaced.",
        date(2025, 3, 12),
        [("8pm on Friday", "2025-03-14T20:00"), ("6am on Monday", "2025-03-17T06:00")],
    ),
    (
        "notice-timetable-from-14-december",
        "A new timetable comes into force from 14 December, with trains every 15 minutes between the two cities.",
        date(2025, 11, 25),
        [("14 December", "2025-12-14"), ("every 15 minutes", "PT15M")],
    ),
    (
        "notice-consultation-closes-12-may",
        "The consultation closes on 12 May, and the council will publish its decision within 28 days.",
        date(2025, 4, 17),
        [("12 May", "2025-05-12"), ("28 days", "P28D")],
    ),
    (
        "notice-boxing-day-bins-saturday",
        "Bins due on Boxing Day will be collected on Saturday instead.",
        date(2025, 12, 22),
        [("Boxing Day", "2025-12-26"), ("Saturday", "2025-12-27")],
    ),
    (
        "notice-no-buses-christmas-new-year",
        "There will be no buses on Christmas Day or New Year's Day.",
        date(2026, 12, 18),
        [("Christmas Day", "2026-12-25"), ("New Year's Day", "2027-01-01")],
    ),
    (
        "notice-wind-warning-valid-saturday-sunday",
        "A yellow warning for wind is valid from 6pm Saturday to midday Sunday.",
        date(2026, 1, 8),
        [("6pm Saturday", "2026-01-10T18:00"), ("midday Sunday", "2026-01-11T12:00")],
    ),
    (
        "notice-rain-later-this-week-weekend",
        "Forecasters say heavy rain will arrive later this week and could last into the weekend.",
        date(2026, 2, 10),
        [("later this week", "2026-W07"), ("the weekend", "2026-W07-WE")],
    ),
    (
        "notice-line-closed-every-weekend",
        "Engineering works will close the line every weekend until the end of March.",
        date(2026, 2, 2),
        [("every weekend", "XXXX-WXX-WE"), ("the end of March", "2026-03")],
    ),
    (
        "notice-garden-waste-end-of-month",
        "Residents have until the end of the month to register for garden waste collections.",
        date(2025, 10, 1),
        [("the end of the month", "2025-10")],
    ),
    (
        "notice-slip-road-tuesday-night",
        "The slip road will be shut on Tuesday night for barrier repairs.",
        date(2025, 6, 13),
        [("Tuesday night", "2025-06-17TNI")],
    ),
    (
        "notice-us-bridge-10pm-friday-5am-monday",
        "The Department of Transportation said the Route 9 bridge will close at 10 p.m. Friday and reopen at "
        "5 a.m. Monday.",
        date(2025, 7, 16),
        [("10 p.m. Friday", "2025-07-18T22:00"), ("5 a.m. Monday", "2025-07-21T05:00")],
    ),
    (
        "notice-us-trash-thursday-nov-27",
        "Trash and recycling will not be collected on Thursday, Nov. 27.",
        date(2025, 11, 21),
        [("Thursday, Nov. 27", "2025-11-27")],
    ),
    (
        "notice-bins-normal-good-friday",
        "Bins will be collected as normal on Good Friday.",
        date(2025, 4, 14),
        [("Good Friday", "2025-04-18")],
    ),
    (
        "notice-tip-closed-easter-monday",
        "The tip will be closed on Easter Monday.",
        date(2026, 4, 2),
        [("Easter Monday", "2026-04-06")],
    ),
    (
        "notice-no-trains-bank-holiday-monday",
        "No trains will run on Bank Holiday Monday.",
        date(2025, 8, 20),
        [("Bank Holiday Monday", "2025-08-25")],
    ),
    (
        "notice-objections-within-14-days",
        "Objections must be lodged within 14 days.",
        date(2025, 9, 9),
        [("14 days", "P14D")],
    ),
    (
        "notice-survey-closes-noon-sunday",
        "The survey closes at noon on Sunday.",
        date(2025, 5, 14),
        [("noon on Sunday", "2025-05-18T12:00")],
    ),
    (
        "notice-park-and-ride-every-10-minutes-saturdays",
        "Park-and-ride buses will run every 10 minutes on Saturdays.",
        date(2025, 11, 5),
        [("every 10 minutes", "PT10M"), ("Saturdays", "XXXX-WXX-6")],
    ),
    (
        "notice-us-street-sweeping-april-1",
        "Street sweeping resumes April 1.",
        date(2026, 3, 20),
        [("April 1", "2026-04-01")],
    ),
    (
        "notice-us-leaf-collection-through-dec-12",
        "Curbside leaf collection runs through Dec. 12.",
        date(2025, 11, 3),
        [("Dec. 12", "2025-12-12")],
    ),
    (
        "notice-lights-three-weeks-from-monday",
        "Temporary traffic lights will be in place for three weeks from Monday.",
        date(2025, 10, 16),
        [("three weeks", "P3W"), ("Monday", "2025-10-20")],
    ),
    (
        "notice-frost-tonight-fog-tomorrow-morning",
        "Frost is likely tonight, with fog patches tomorrow morning.",
        date(2025, 11, 16),
        [("tonight", "2025-11-16TNI"), ("tomorrow morning", "2025-11-17TMO")],
    ),
    (
        "notice-library-reopens-saturday-after-a-week",
        "The library will reopen on Saturday after a week of repairs.",
        date(2026, 6, 9),
        [("Saturday", "2026-06-13"), ("a week", "P1W")],
    ),
    (
        "notice-leap-day-applications-close-today",
        "Applications for school places close today.",
        date(2024, 2, 29),
        [("today", "2024-02-29")],
    ),
    (
        "notice-parking-charges-rise-1-april",
        "Parking charges will rise from 1 April.",
        date(2024, 3, 4),
        [("1 April", "2024-04-01")],
    ),
    (
        "notice-storm-closed-roads-yesterday",
        "Storm Amy closed 40 roads across the county yesterday.",
        date(2026, 1, 5),
        [("yesterday", "2026-01-04")],
    ),
    (
        "notice-bypass-early-next-year",
        "The bypass is due to open early next year.",
        date(2025, 12, 31),
        [("early next year", "2026")],
    ),
    (
        "notice-us-bridge-weekends-end-of-october",
        "The bridge will be closed on weekends through the end of October.",
        date(2025, 9, 10),
        [("weekends", "XXXX-WXX-WE"), ("the end of October", "2025-10")],
    ),
    ("notice-trap-spring-lane-car-park", "The Spring Lane car park will shut for resurfacing.", date(2025, 6, 4), []),
    (
        "notice-free-parking-this-weekend",
        "Parking will be free in the town centre this weekend.",
        date(2025, 12, 11),
        [("this weekend", "2025-W50-WE")],
    ),
    (
        "notice-second-consultation-next-month-six-weeks",
        "A second consultation will open next month and run for six weeks.",
        date(2025, 1, 31),
        [("next month", "2025-02"), ("six weeks", "P6W")],
    ),
    (
        "notice-changes-agreed-earlier-this-month",
        "The council agreed the changes earlier this month.",
        date(2025, 6, 23),
        [("earlier this month", "2025-06")],
    ),
    (
        "notice-amber-warning-48-hour-from-3am-friday",
        "The amber warning will cover a 48-hour period from 3am on Friday.",
        date(2026, 12, 30),
        [("48-hour", "PT48H"), ("3am on Friday", "2027-01-01T03:00")],
    ),
    (
        "notice-road-flooded-last-week-reopened-wednesday",
        "The road, which flooded last week, reopened on Wednesday morning.",
        date(2025, 1, 9),
        [("last week", "2025-W01"), ("Wednesday morning", "2025-01-08TMO")],
    ),
    (
        "notice-depot-closed-week-53",
        "The depot will be closed from Monday 28 December until Friday 1 January.",
        date(2026, 12, 23),
        [("Monday 28 December", "2026-12-28"), ("Friday 1 January", "2027-01-01")],
    ),
    (
        "notice-article-b2110-resurfacing",
        "Resurfacing work on the B2110 will begin next week. The road will be closed from 8pm on Friday 13 "
        "March until 6am on Monday 16 March. A signed diversion will be in place. Further closures are "
        "planned for April. The council said the work was delayed last autumn by flooding.",
        date(2026, 3, 2),
        [
            ("next week", "2026-W11"),
            ("8pm on Friday 13 March", "2026-03-13T20:00"),
            ("6am on Monday 16 March", "2026-03-16T06:00"),
            ("April", "2026-04"),
            ("last autumn", "2025-FA"),
        ],
    ),
    (
        "notice-article-northern-timetable",
        "Northern will introduce its new timetable from 14 December. Services between Leeds and York will run "
        "every 15 minutes, up from every 30 minutes. Extra trains will be added on Fridays and Saturdays. The "
        "changes follow a consultation that closed in July. Passengers are advised to check times before "
        "travelling over Christmas.",
        date(2025, 11, 30),
        [
            ("14 December", "2025-12-14"),
            ("every 15 minutes", "PT15M"),
            ("every 30 minutes", "PT30M"),
            ("Fridays", "XXXX-WXX-5"),
            ("Saturdays", "XXXX-WXX-6"),
            ("July", "2025-07"),
            ("Christmas", "2025-12-25"),
        ],
    ),
    (
        "notice-article-library-consultation",
        "Plans to close Elm Road library on Saturdays have gone out to public consultation. The consultation "
        "opened on Monday and closes on 12 May. Residents can also comment at two drop-in sessions, at 6pm on "
        "Thursday and at 10am on Saturday 10 May. The council's cabinet will make a decision in June. If "
        "approved, the changes would take effect from 1 September.",
        date(2025, 4, 29),
        [
            ("Saturdays", "XXXX-WXX-6"),
            ("Monday", "2025-04-28"),
            ("12 May", "2025-05-12"),
            ("6pm on Thursday", "2025-05-01T18:00"),
            ("10am on Saturday 10 May", "2025-05-10T10:00"),
            ("June", "2025-06"),
            ("1 September", "2025-09-01"),
        ],
    ),
    (
        "notice-article-festive-bins",
        "Bin collection days will change this month. Collections due on Christmas Day will take place on "
        "Saturday 27 December, and those due on Boxing Day will be made on Sunday 28 December. New Year's Day "
        "collections will move to Saturday 3 January. Normal collections resume on Monday 5 January. Trees "
        "will be collected from 12 January.",
        date(2025, 12, 17),
        [
            ("this month", "2025-12"),
            ("Christmas Day", "2025-12-25"),
            ("Saturday 27 December", "2025-12-27"),
            ("Boxing Day", "2025-12-26"),
            ("Sunday 28 December", "2025-12-28"),
            ("New Year's Day", "2026-01-01"),
            ("Saturday 3 January", "2026-01-03"),
            ("Monday 5 January", "2026-01-05"),
            ("12 January", "2026-01-12"),
        ],
    ),
    (
        "notice-article-snow-warning",
        "The Met Office has issued a yellow warning for snow, valid from 6pm on Saturday until midday on "
        "Sunday. Up to 10cm could fall on higher ground. Temperatures are expected to stay below freezing "
        "into next week. Drivers should avoid travel on Saturday night unless necessary. Gritters were out on "
        "Thursday evening.",
        date(2026, 1, 30),
        [
            ("6pm on Saturday", "2026-01-31T18:00"),
            ("midday on Sunday", "2026-02-01T12:00"),
            ("next week", "2026-W06"),
            ("Saturday night", "2026-01-31TNI"),
            ("Thursday evening", "2026-01-29TEV"),
        ],
    ),
    (
        "notice-article-us-water-shutoff",
        "The city will shut off water to parts of the East End from 9 a.m. to 3 p.m. Wednesday while crews "
        "replace a water main. Residents were notified by mail last week. A boil-water advisory may remain in "
        "effect through Friday. Street parking on Oak Avenue will be prohibited from Sept. 3 through Sept. "
        "12. Crews plan to finish the work by the end of the month.",
        date(2025, 9, 1),
        [
            ("9 a.m.", "2025-09-03T09:00"),
            ("3 p.m. Wednesday", "2025-09-03T15:00"),
            ("last week", "2025-W35"),
            ("Friday", "2025-09-05"),
            ("Sept. 3", "2025-09-03"),
            ("Sept. 12", "2025-09-12"),
            ("the end of the month", "2025-09"),
        ],
    ),
    (
        "notice-article-school-dates",
        "Schools in the county close on Tuesday 22 July. Pupils return on Wednesday 3 September after a staff "
        "training day. The first term ends on Friday 19 December. Term dates for next year will be published "
        "in October.",
        date(2025, 7, 17),
        [
            ("Tuesday 22 July", "2025-07-22"),
            ("Wednesday 3 September", "2025-09-03"),
            ("Friday 19 December", "2025-12-19"),
            ("next year", "2026"),
            ("October", "2025-10"),
        ],
    ),
    (
        "notice-article-west-coast-week-53",
        "Engineering work will close the West Coast main line next week. No trains will run between London "
        "and Birmingham from Monday 28 December to Sunday 3 January. Replacement buses will run every 20 "
        "minutes. Network Rail said the work was last carried out in 2019. Tickets for travel on those dates "
        "can be refunded until 31 January.",
        date(2026, 12, 26),
        [
            ("next week", "2026-W53"),
            ("Monday 28 December", "2026-12-28"),
            ("Sunday 3 January", "2027-01-03"),
            ("every 20 minutes", "PT20M"),
            ("2019", "2019"),
            ("31 January", "2027-01-31"),
        ],
    ),
    (
        "notice-article-us-snow-emergency",
        "The city declared a snow emergency that takes effect at 7 p.m. Tuesday and lasts for 48 hours. Cars "
        "parked on snow routes after that time will be towed. The National Weather Service expects 8 to 12 "
        "inches of snow by Wednesday morning. Trash collection is suspended through Thursday. Schools were "
        "closed today and will stay closed tomorrow.",
        date(2026, 2, 17),
        [
            ("7 p.m. Tuesday", "2026-02-17T19:00"),
            ("48 hours", "PT48H"),
            ("Wednesday morning", "2026-02-18TMO"),
            ("Thursday", "2026-02-19"),
            ("today", "2026-02-17"),
            ("tomorrow", "2026-02-18"),
        ],
    ),
    (
        "notice-article-leap-day-gas-mains",
        "Gas mains replacement on Station Road starts today and will last for six weeks. Temporary traffic "
        "lights will control the junction. The work should be finished by mid-April, the utility company "
        "said. A previous scheme on the same road overran by three months in 2024. Residents can raise "
        "concerns at a meeting on Thursday evening.",
        date(2028, 2, 29),
        [
            ("today", "2028-02-29"),
            ("six weeks", "P6W"),
            ("mid-April", "2028-04"),
            ("three months", "P3M"),
            ("2024", "2024"),
            ("Thursday evening", "2028-03-02TEV"),
        ],
    ),
    (
        "notice-article-us-main-street-bridge",
        "The Main Street bridge will close to traffic on Monday for a three-month rehabilitation project. "
        "Pedestrians will be able to cross until June 15. Detours will be posted on Route 4 and Elm Street. "
        "The bridge, built in 1932, last underwent major repairs in the 1990s. Officials hope to reopen it "
        "before the end of September.",
        date(2025, 6, 1),
        [
            ("Monday", "2025-06-02"),
            ("three-month", "P3M"),
            ("June 15", "2025-06-15"),
            ("1932", "1932"),
            ("the 1990s", "199"),
            ("the end of September", "2025-09"),
        ],
    ),
    (
        "notice-article-hardship-fund",
        "Applications for the council's hardship fund close at 5pm on 31 March. Households must apply within "
        "28 days of receiving a bill. Last year the fund helped 1,200 families. The fund reopens in the "
        "autumn.",
        date(2026, 3, 6),
        [
            ("5pm on 31 March", "2026-03-31T17:00"),
            ("28 days", "P28D"),
            ("Last year", "2025"),
            ("the autumn", "2026-FA"),
        ],
    ),
    (
        "notice-article-us-bus-cuts",
        "Metro Transit will cut service on six bus routes starting Sept. 8. Route 12 will run every 30 "
        "minutes instead of every 20 minutes. The agency held three public hearings in June and received more "
        "than 900 comments. The board approved the changes on Tuesday. Riders can find the new schedules "
        "online next week.",
        date(2025, 8, 21),
        [
            ("Sept. 8", "2025-09-08"),
            ("every 30 minutes", "PT30M"),
            ("every 20 minutes", "PT20M"),
            ("June", "2025-06"),
            ("Tuesday", "2025-08-19"),
            ("next week", "2025-W35"),
        ],
    ),
    (
        "notice-article-m5-bridge-joints",
        "National Highways will close the M5 southbound between junctions 4 and 5 for a week from Monday 24 "
        "February while bridge joints are replaced. A diversion via the A38 will be signed. Similar work last "
        "summer caused long delays. The project is due to be completed by the spring.",
        date(2025, 2, 18),
        [
            ("a week", "P1W"),
            ("Monday 24 February", "2025-02-24"),
            ("last summer", "2024-SU"),
            ("the spring", "2025-SP"),
        ],
    ),
    (
        "notice-article-hosepipe-ban",
        "A hosepipe ban will come into force at 00:01 on Friday 11 July for customers in Yorkshire. It is the "
        "first such ban in the region since 2022. Reservoir levels fell sharply in June. Yorkshire Water said "
        "on Tuesday that demand had risen by a fifth in the past week. The ban will stay in place until "
        "reservoirs recover, which could take months.",
        date(2025, 7, 9),
        [
            ("00:01 on Friday 11 July", "2025-07-11T00:01"),
            ("2022", "2022"),
            ("June", "2025-06"),
            ("Tuesday", "2025-07-08"),
            ("the past week", "2025-W27"),
            ("months", "PXM"),
        ],
    ),
    (
        "notice-article-us-polls",
        "Polls in the county will be open from 7 a.m. to 8 p.m. on Tuesday, May 5. Voters must register by "
        "April 20 to take part. The deadline to request an absentee ballot is April 28. Early voting begins "
        "Saturday and runs through May 2.",
        date(2026, 4, 13),
        [
            ("7 a.m.", "2026-05-05T07:00"),
            ("8 p.m. on Tuesday, May 5", "2026-05-05T20:00"),
            ("April 20", "2026-04-20"),
            ("April 28", "2026-04-28"),
            ("Saturday", "2026-04-18"),
            ("May 2", "2026-05-02"),
        ],
    ),
    (
        "notice-article-us-winter-storm-watch",
        "The National Weather Service has a winter storm watch in effect from Thursday night through Saturday "
        "morning. The city's parking ban takes effect at 8 p.m. Thursday. New Year's Day celebrations "
        "downtown will go ahead as planned. Officials will give an update this afternoon.",
        date(2025, 12, 31),
        [
            ("Thursday night", "2026-01-01TNI"),
            ("Saturday morning", "2026-01-03TMO"),
            ("8 p.m. Thursday", "2026-01-01T20:00"),
            ("New Year's Day", "2026-01-01"),
            ("this afternoon", "2025-12-31TAF"),
        ],
    ),
    (
        "notice-article-bank-holiday-waste",
        "Household waste sites will open as usual on Bank Holiday Monday. Bins due to be emptied that day "
        "will be emptied on Tuesday instead. The garden waste service, which was suspended last month, "
        "resumes on 1 June. Residents who have not renewed their permits have until 31 May.",
        date(2026, 5, 22),
        [
            ("Bank Holiday Monday", "2026-05-25"),
            ("that day", "2026-05-25"),
            ("Tuesday", "2026-05-26"),
            ("last month", "2026-04"),
            ("1 June", "2026-06-01"),
            ("31 May", "2026-05-31"),
        ],
    ),
    (
        "notice-article-us-school-opening",
        "Classes in the Lincoln Unified School District begin Wednesday, Aug. 27. Kindergarten orientation is "
        "at 9 a.m. Tuesday. The district hired 40 teachers over the summer. Schools will be closed Monday, "
        "Sept. 1. Superintendent Ana Ruiz said last week that enrollment had risen by 3 percent.",
        date(2025, 8, 25),
        [
            ("Wednesday, Aug. 27", "2025-08-27"),
            ("9 a.m. Tuesday", "2025-08-26T09:00"),
            ("the summer", "2025-SU"),
            ("Monday, Sept. 1", "2025-09-01"),
            ("last week", "2025-W34"),
        ],
    ),
    (
        "notice-article-us-fourth-of-july",
        "City offices will be closed Friday, July 4. Trash due that day will be picked up Saturday, July 5. "
        "The fireworks show starts at 9:15 p.m. Friday at Riverside Park. Fireworks are banned within city "
        "limits from June 28 through July 8. Last year, police issued 85 citations.",
        date(2025, 6, 30),
        [
            ("Friday, July 4", "2025-07-04"),
            ("that day", "2025-07-04"),
            ("Saturday, July 5", "2025-07-05"),
            ("9:15 p.m. Friday", "2025-07-04T21:15"),
            ("June 28", "2025-06-28"),
            ("July 8", "2025-07-08"),
            ("Last year", "2024"),
        ],
    ),
    (
        "notice-article-mill-lane-planning",
        "Plans for 120 homes on land off Mill Lane have been submitted to the district council. Comments on "
        "the application must be made by 13 November. The council aims to decide the application within 13 "
        "weeks. A similar scheme on the site was refused in 2021. The developer held a public exhibition on "
        "Saturday and will hold a second on Wednesday 29 October.",
        date(2025, 10, 23),
        [
            ("13 November", "2025-11-13"),
            ("13 weeks", "P13W"),
            ("2021", "2021"),
            ("Saturday", "2025-10-18"),
            ("Wednesday 29 October", "2025-10-29"),
        ],
    ),
    (
        "notice-article-heat-health-alert",
        "An amber heat health alert is in place until 9am on Wednesday. Temperatures reached 33C on Sunday "
        "afternoon and could climb higher today. Forecasters say cooler air will arrive by the weekend. Water "
        "companies have urged customers to use water wisely. The Met Office said August had so far been drier "
        "than average.",
        date(2025, 8, 11),
        [
            ("9am on Wednesday", "2025-08-13T09:00"),
            ("Sunday afternoon", "2025-08-10TAF"),
            ("today", "2025-08-11"),
            ("the weekend", "2025-W33-WE"),
            ("August", "2025-08"),
        ],
    ),
    (
        "notice-article-us-route-30-widening",
        "Construction on the Route 30 widening project resumes Monday after a three-month break. Crews will "
        "work until mid-April to finish the northbound lanes. The $48 million project began in 2023 and is "
        "scheduled to finish in the fall of 2026. A public meeting on the project is set for 6:30 p.m. March "
        "12 at Town Hall.",
        date(2025, 3, 1),
        [
            ("Monday", "2025-03-03"),
            ("three-month", "P3M"),
            ("mid-April", "2025-04"),
            ("2023", "2023"),
            ("the fall of 2026", "2026-FA"),
            ("6:30 p.m. March 12", "2025-03-12T18:30"),
        ],
    ),
    # --- a twenty-third held-out batch: plans and launches in technology, space and science, written blind ---
    (
        "plan-headset-later-this-year",
        "Meta expects to ship its lighter headset later this year, the company said on Tuesday.",
        date(2026, 5, 14),
        [("later this year", "2026"), ("Tuesday", "2026-05-12")],
    ),
    (
        "plan-console-early-next-year-jan-3",
        "The console's successor will go on sale early next year at a price not yet announced.",
        date(2027, 1, 3),
        [("early next year", "2028")],
    ),
    (
        "plan-batteries-end-of-decade",
        "The carmaker now says its solid-state batteries will reach showrooms by the end of the decade, not "
        "in 2027 as it promised three years ago.",
        date(2026, 3, 2),
        [("now", "PRESENT_REF"), ("the end of the decade", "202"), ("2027", "2027"), ("three years ago", "2023")],
    ),
    (
        "plan-2nm-second-half-2027",
        "Production of the chip on TSMC's 2nm process will begin in the second half of 2027.",
        date(2026, 7, 21),
        [("the second half of 2027", "2027-H2")],
    ),
    (
        "plan-ios-27-this-fall-beta-from-monday",
        "Apple will release iOS 27 to the public this fall, and developers can download a beta from Monday.",
        date(2026, 6, 10),
        [("this fall", "2026-FA"), ("Monday", "2026-06-15")],
    ),
    (
        "plan-crewed-landing-pushed-back-2028",
        "The first crewed landing has been pushed back to 2028 after problems with the lander's heat shield.",
        date(2026, 8, 23),
        [("2028", "2028")],
    ),
    (
        "plan-ariane-6-delayed-six-months",
        "The Ariane 6 upgrade has been delayed by six months, the agency said Friday.",
        date(2026, 1, 12),
        [("six months", "P6M"), ("Friday", "2026-01-09")],
    ),
    (
        "plan-mirror-year-behind-schedule",
        "The telescope's main mirror arrived in Chile a year behind schedule.",
        date(2026, 10, 10),
        [("a year", "P1Y")],
    ),
    (
        "plan-falcon-9-launch-1015-edt",
        "Launch of the Falcon 9 carrying the crew is scheduled for 10:15 a.m. EDT on Thursday.",
        date(2026, 8, 24),
        [("10:15 a.m. EDT on Thursday", "2026-08-27T10:15")],
    ),
    (
        "plan-probe-seven-year-journey",
        "Launched on Monday, the probe will arrive at Jupiter in 2031 after a seven-year journey.",
        date(2024, 4, 10),
        [("Monday", "2024-04-08"), ("2031", "2031"), ("seven-year", "P7Y")],
    ),
    (
        "plan-station-retired-early-2030s",
        "NASA wants commercial stations in orbit before the space station is retired in the early 2030s.",
        date(2025, 9, 30),
        [("the early 2030s", "203")],
    ),
    (
        "plan-ten-year-study-nature-wednesday",
        "The 10-year study, published on Wednesday in Nature, followed 40,000 adults in Denmark.",
        date(2025, 11, 14),
        [("10-year", "P10Y"), ("Wednesday", "2025-11-12")],
    ),
    (
        "plan-cohort-two-decades-every-five-years",
        "Researchers followed the children for two decades, testing their lungs every five years.",
        date(2023, 3, 18),
        [("two decades", "P20Y"), ("every five years", "P5Y")],
    ),
    (
        "plan-data-centres-between-2015-and-2020",
        "Emissions from the country's data centres doubled between 2015 and 2020, the report found.",
        date(2022, 6, 5),
        [("2015", "2015"), ("2020", "2020")],
    ),
    (
        "plan-utility-net-zero-2050-coal-2035",
        "The utility has pledged to reach net zero by 2050 and to close its last coal plant by 2035.",
        date(2021, 1, 1),
        [("2050", "2050"), ("2035", "2035")],
    ),
    (
        "plan-2035-deadline-petrol-cars",
        "Carmakers lobbied the commission to soften its 2035 deadline for ending sales of new petrol cars.",
        date(2025, 3, 4),
        [("2035", "2035")],
    ),
    (
        "plan-chipmaker-first-profit-in-a-decade",
        "Founded in 1998, the chipmaker reported its first profit in a decade on Thursday.",
        date(2026, 2, 5),
        [("1998", "1998"), ("a decade", "P10Y"), ("Thursday", "2026-02-05")],
    ),
    (
        "plan-trap-a17-5g-gpt-4",
        "Phones with the A17 Pro chip and a 5G modem can run GPT-4-class models offline.",
        date(2025, 5, 20),
        [],
    ),
    (
        "plan-trap-windows-11-falcon-9",
        "Windows 11 now runs on Arm laptops, and the Falcon 9 booster has flown 30 times.",
        date(2025, 8, 16),
        [("now", "PRESENT_REF")],
    ),
    (
        "plan-intel-18a-by-christmas",
        "Intel said its 18A process is on track, with the first laptops using it on shelves by Christmas.",
        date(2025, 9, 3),
        [("Christmas", "2025-12-25")],
    ),
    (
        "plan-artemis-ii-no-earlier-than-april",
        "NASA says Artemis II will send four astronauts around the Moon no earlier than April 2026.",
        date(2025, 12, 29),
        [("April 2026", "2026-04")],
    ),
    (
        "plan-model-2-first-quarter-2027",
        "The carmaker expects to start deliveries of its Model 2 in the first quarter of 2027.",
        date(2026, 9, 14),
        [("the first quarter of 2027", "2027-Q1")],
    ),
    (
        "plan-smr-grid-mid-2029",
        "Regulators expect the first small modular reactor to be connected to the grid by mid-2029.",
        date(2026, 4, 22),
        [("mid-2029", "2029")],
    ),
    (
        "plan-rocket-decision-this-week-w53",
        "The agency will decide this week whether to clear the rocket for a second flight.",
        date(2026, 12, 29),
        [("this week", "2026-W53")],
    ),
    (
        "plan-upper-stage-next-week-w53",
        "SpaceX plans to fly the upper stage again next week, after a review that took five weeks.",
        date(2026, 12, 31),
        [("next week", "2027-W01"), ("five weeks", "P5W")],
    ),
    (
        "plan-trial-2019-to-2024-leap-day",
        "The trial, which ran from 2019 to 2024, found no benefit, researchers said on Tuesday.",
        date(2024, 2, 29),
        [("2019", "2019"), ("2024", "2024"), ("Tuesday", "2024-02-27")],
    ),
    (
        "plan-fusion-over-the-next-decade",
        "The government will spend $12 billion on fusion research over the next decade.",
        date(2024, 3, 1),
        [("the next decade", "P10Y")],
    ),
    (
        "plan-mars-windows-every-26-months",
        "Launch windows to Mars open every 26 months, so the next chance comes in late 2028.",
        date(2026, 11, 20),
        [("every 26 months", "P26M"), ("late 2028", "2028")],
    ),
    (
        "plan-observatory-summer-of-2027",
        "The observatory is due to take its first images in the summer of 2027.",
        date(2026, 1, 19),
        [("the summer of 2027", "2027-SU")],
    ),
    (
        "plan-startup-five-years-ago-spring",
        "The startup, founded five years ago, hopes to fly its first rocket in the spring.",
        date(2026, 11, 26),
        [("five years ago", "2021"), ("the spring", "2027-SP")],
    ),
    (
        "plan-a350-freighter-slipped",
        "Deliveries of the A350 freighter have slipped to the second half of 2027 from late 2026, Airbus said "
        "on Wednesday.",
        date(2026, 4, 30),
        [("the second half of 2027", "2027-H2"), ("late 2026", "2026"), ("Wednesday", "2026-04-29")],
    ),
    (
        "plan-trap-galaxy-pixel-android-wifi",
        "The Galaxy S25 and the Pixel 9 both run Android 15 and support Wi-Fi 7.",
        date(2025, 2, 2),
        [],
    ),
    (
        "plan-webb-christmas-day-2021",
        "The James Webb Space Telescope, launched on Christmas Day 2021, has now spent four years in orbit.",
        date(2026, 1, 10),
        [("Christmas Day 2021", "2021-12-25"), ("now", "PRESENT_REF"), ("four years", "P4Y")],
    ),
    (
        "plan-broadband-monday-march-new-year",
        "The company will launch its satellite broadband service in Britain on Monday and in Japan in March.",
        date(2027, 1, 1),
        [("Monday", "2027-01-04"), ("March", "2027-03")],
    ),
    (
        "plan-ninth-test-flight-46-minutes",
        "The rocket's ninth test flight lasted 46 minutes on Tuesday before the ship broke apart over the "
        "Indian Ocean.",
        date(2025, 5, 28),
        [("46 minutes", "PT46M"), ("Tuesday", "2025-05-27")],
    ),
    (
        "plan-article-crew-launch-w01",
        "NASA and SpaceX plan to launch four astronauts to the space station this week. Liftoff of the Falcon "
        "9 is scheduled for 3:42 a.m. EST on Thursday from Cape Canaveral. The flight had been planned for "
        "October but was delayed by two months while engineers replaced a leaking valve. The crew will spend "
        "about six months in orbit. Their capsule first flew in 2020. NASA will hold a news briefing at 1 "
        "p.m. on Tuesday.",
        date(2027, 1, 4),
        [
            ("this week", "2027-W01"),
            ("3:42 a.m. EST on Thursday", "2027-01-07T03:42"),
            ("October", "2026-10"),
            ("two months", "P2M"),
            ("about six months", "P6M"),
            ("2020", "2020"),
            ("1 p.m. on Tuesday", "2027-01-05T13:00"),
        ],
    ),
    (
        "plan-article-chip-roadmap",
        "Nvidia unveiled its next AI chip on Tuesday and said it would ship in the second half of next year. "
        "The company has brought out a new architecture every two years since 2016, but it now plans to "
        "release one every year. Chief executive Jensen Huang said the chip had been 18 months in "
        "development. Its predecessor, which began shipping in March, is sold out until the end of the year. "
        "Analysts expect data-centre revenue to double by 2028. Nvidia, founded in 1993, will report results "
        "on Aug. 26.",
        date(2026, 6, 3),
        [
            ("Tuesday", "2026-06-02"),
            ("the second half of next year", "2027-H2"),
            ("every two years", "P2Y"),
            ("2016", "2016"),
            ("now", "PRESENT_REF"),
            ("every year", "P1Y"),
            ("18 months", "P18M"),
            ("March", "2026-03"),
            ("the end of the year", "2026"),
            ("2028", "2028"),
            ("1993", "1993"),
            ("Aug. 26", "2026-08-26"),
        ],
    ),
    (
        "plan-article-mars-sample-return",
        "NASA said on Wednesday that it would bring rock samples back from Mars in 2035, four years later "
        "than it had promised. Its rover has been collecting them since 2021. Under the new plan, a lander "
        "will set off in 2030, and a return craft will reach Earth after a journey of about three years. The "
        "cost has risen to $8 billion, roughly double the 2020 estimate. Congress must approve the budget by "
        "Sept. 30. A final design review is due early next year.",
        date(2026, 9, 10),
        [
            ("Wednesday", "2026-09-09"),
            ("2035", "2035"),
            ("four years", "P4Y"),
            ("2021", "2021"),
            ("2030", "2030"),
            ("about three years", "P3Y"),
            ("2020", "2020"),
            ("Sept. 30", "2026-09-30"),
            ("early next year", "2027"),
        ],
    ),
    (
        "plan-article-nurses-night-shift-study",
        "A 25-year study of more than 60,000 nurses has linked night shifts to a higher risk of type 2 "
        "diabetes. The women were first surveyed in 1989 and followed until 2014. Those who worked night "
        "shifts for at least 10 years had a 30% higher risk than those who never did. The findings were "
        "published on Wednesday in The BMJ. The team now plans to study men who work rotating shifts, with "
        "results expected in the late 2020s.",
        date(2025, 7, 5),
        [
            ("25-year", "P25Y"),
            ("1989", "1989"),
            ("2014", "2014"),
            ("at least 10 years", "P10Y"),
            ("Wednesday", "2025-07-02"),
            ("now", "PRESENT_REF"),
            ("the late 2020s", "202"),
        ],
    ),
    (
        "plan-article-utility-misses-2030-target-w53",
        "Northgrid Energy said on Wednesday that it would miss its 2030 target for halving emissions and now "
        "expects to reach it in 2033. The utility, which serves 4 million homes, still aims for net zero by "
        "2050. It will close its last two coal plants in the first half of 2028, a year later than planned. "
        "Offshore wind farms that were due to start up this year have been delayed by at least 18 months. The "
        "company has cut its investment plan twice since 2024. Its shares fell 4% on Thursday.",
        date(2026, 12, 31),
        [
            ("Wednesday", "2026-12-30"),
            ("2030", "2030"),
            ("now", "PRESENT_REF"),
            ("2033", "2033"),
            ("2050", "2050"),
            ("the first half of 2028", "2028-H1"),
            ("a year", "P1Y"),
            ("this year", "2026"),
            ("at least 18 months", "P18M"),
            ("2024", "2024"),
            ("Thursday", "2026-12-31"),
        ],
    ),
    (
        "plan-article-iphone-event",
        "Apple introduced the iPhone 18 Pro on Tuesday. The phone runs on the new A20 chip and uses the "
        "company's own 5G modem, which made its debut last year. It will go on sale on Sept. 18, with "
        "preorders opening at 5 a.m. Pacific on Friday. A cheaper iPhone 18 will follow in early 2027, ending "
        "the company's habit of launching all its phones each September. The iOS 27 update arrives on Monday. "
        "Apple sold its first phone in 2007.",
        date(2026, 9, 9),
        [
            ("Tuesday", "2026-09-08"),
            ("last year", "2025"),
            ("Sept. 18", "2026-09-18"),
            ("5 a.m. Pacific on Friday", "2026-09-11T05:00"),
            ("early 2027", "2027"),
            ("each September", "XXXX-09"),
            ("Monday", "2026-09-14"),
            ("2007", "2007"),
        ],
    ),
    (
        "plan-article-telescope-slips-new-years-day",
        "The launch of Europe's next big space telescope has slipped again, this time to 2031. The "
        "observatory was approved in 2014 and was meant to fly in 2028. Its detectors, built in Italy, failed "
        "vibration tests last month and must be rebuilt, a job expected to take about a year. The agency said "
        "on Wednesday that the telescope was now two years behind schedule. Once in orbit, it will survey the "
        "sky for six years. Scientists hope it will find the first Earth-like planets by the end of the "
        "2030s.",
        date(2027, 1, 1),
        [
            ("2031", "2031"),
            ("2014", "2014"),
            ("2028", "2028"),
            ("last month", "2026-12"),
            ("about a year", "P1Y"),
            ("Wednesday", "2026-12-30"),
            ("now", "PRESENT_REF"),
            ("two years", "P2Y"),
            ("six years", "P6Y"),
            ("the end of the 2030s", "203"),
        ],
    ),
    (
        "plan-article-fusion-startup-w01",
        "A British fusion company said on Monday that it had raised £300 million to build a prototype power "
        "plant by the early 2030s. The firm, founded in 2009 as a spin-out from Oxford University, has never "
        "sold any electricity. Its last machine ran for 18 months before it was shut down in 2024. "
        "Construction of the new plant will begin next year and is expected to take five years. The "
        "government has promised £2.5 billion for fusion research over the next decade. Critics say the "
        "timetable is optimistic.",
        date(2025, 12, 29),
        [
            ("Monday", "2025-12-29"),
            ("the early 2030s", "203"),
            ("2009", "2009"),
            ("18 months", "P18M"),
            ("2024", "2024"),
            ("next year", "2026"),
            ("five years", "P5Y"),
            ("the next decade", "P10Y"),
        ],
    ),
    (
        "plan-article-battery-plant-delay-leap-day",
        "A South Korean battery maker has delayed the opening of its Georgia plant by six months, to the "
        "first quarter of 2025. The $5 billion factory, announced in 2022, was due to begin production this "
        "summer. The company blamed slowing demand for electric cars, whose sales grew 10% last year after "
        "rising 50% in 2022. It still plans to hire 3,000 workers by 2026. Its shares fell 3% in Seoul on "
        "Thursday. The firm will report first-quarter results in late April.",
        date(2024, 2, 29),
        [
            ("six months", "P6M"),
            ("the first quarter of 2025", "2025-Q1"),
            ("2022", "2022"),
            ("this summer", "2024-SU"),
            ("last year", "2023"),
            ("2022", "2022"),
            ("2026", "2026"),
            ("Thursday", "2024-02-29"),
            ("first-quarter", "2024-Q1"),
            ("late April", "2024-04"),
        ],
    ),
    (
        "plan-article-moon-lander-third-attempt",
        "A Japanese startup will make its third attempt to land on the Moon this week. Its lander is due to "
        "touch down at 11:40 p.m. on Thursday, after a four-month journey. The company's first lander crashed "
        "in April 2023, and its second was lost in June 2025. If this one succeeds, the firm plans to carry "
        "NASA cargo in 2027 and astronauts' equipment by the end of the decade. Its shares have tripled since "
        "January.",
        date(2026, 3, 16),
        [
            ("this week", "2026-W12"),
            ("11:40 p.m. on Thursday", "2026-03-19T23:40"),
            ("four-month", "P4M"),
            ("April 2023", "2023-04"),
            ("June 2025", "2025-06"),
            ("2027", "2027"),
            ("the end of the decade", "202"),
            ("January", "2026-01"),
        ],
    ),
    (
        "plan-article-paris-ai-lab-model",
        "A Paris AI lab released its largest model on Thursday. The model was trained for four months on "
        "12,000 Nvidia H100 chips. The company plans to release a smaller version next month and a paid "
        "service by the end of March. It raised €600 million last June and is now seeking more. Like GPT-4 "
        "and Llama 3, the model can read images. Its three founders left Google DeepMind and Meta in April "
        "2023 to start the firm.",
        date(2025, 1, 3),
        [
            ("Thursday", "2025-01-02"),
            ("four months", "P4M"),
            ("next month", "2025-02"),
            ("the end of March", "2025-03"),
            ("last June", "2024-06"),
            ("now", "PRESENT_REF"),
            ("April 2023", "2023-04"),
        ],
    ),
    (
        "plan-article-carmaker-first-profit",
        "Volta Motors posted its first profit in a decade on Thursday, helped by sales of its cheaper model. "
        "The carmaker, founded in 1998 in Gothenburg, lost money every year from 2016 to 2025. It said the "
        "new model, launched in March, had sold 80,000 units within six months. A second factory will open in "
        "the second half of 2027, and an all-electric line-up is planned by 2030. Volta shares have risen 60% "
        "this year.",
        date(2026, 11, 26),
        [
            ("a decade", "P10Y"),
            ("Thursday", "2026-11-26"),
            ("1998", "1998"),
            ("every year", "P1Y"),
            ("2016", "2016"),
            ("2025", "2025"),
            ("March", "2026-03"),
            ("six months", "P6M"),
            ("the second half of 2027", "2027-H2"),
            ("2030", "2030"),
            ("this year", "2026"),
        ],
    ),
    (
        "plan-article-eu-climate-goal-w53",
        "The European Union begins the new year with a tougher climate goal: cutting emissions by at least "
        "55% by 2030 from 1990 levels. Leaders agreed the target after 20 hours of talks in Brussels on Dec. "
        "11. The previous goal, set in 2014, was a 40% cut. The bloc wants to be climate neutral by 2050. The "
        "commission will propose laws to meet the new target in June. Poland, which still gets most of its "
        "power from coal, won extra funds until 2027.",
        date(2021, 1, 2),
        [
            ("the new year", "2021"),
            ("2030", "2030"),
            ("1990", "1990"),
            ("20 hours", "PT20H"),
            ("Dec. 11", "2020-12-11"),
            ("2014", "2014"),
            ("2050", "2050"),
            ("June", "2021-06"),
            ("2027", "2027"),
        ],
    ),
    (
        "plan-article-glacier-study-leap-day",
        "Alpine glaciers lost a tenth of their ice between 2022 and 2027, according to a study published on "
        "Monday in Science. The researchers measured 1,400 glaciers every summer using drones and satellites. "
        "Losses in 2022 alone were the worst since records began in 1894. At the current pace, half the "
        "remaining ice will be gone by the 2060s, the authors said. A follow-up survey will start in June and "
        "run for three years. The team is also studying photographs taken in the 1970s.",
        date(2028, 2, 29),
        [
            ("2022", "2022"),
            ("2027", "2027"),
            ("Monday", "2028-02-28"),
            ("every summer", "XXXX-SU"),
            ("2022", "2022"),
            ("1894", "1894"),
            ("current", "PRESENT_REF"),
            ("the 2060s", "206"),
            ("June", "2028-06"),
            ("three years", "P3Y"),
            ("the 1970s", "197"),
        ],
    ),
    (
        "plan-article-5g-target-pushed-back",
        "The government has pushed back its target for nationwide 5G coverage to 2030, three years later than "
        "first promised. Operators switched off their 3G networks between 2023 and 2024, and 2G will go by "
        "the end of 2033. About 85% of homes can now get a 5G signal, up from 60% two years ago. The "
        "regulator will auction new spectrum in the spring. Albion Telecom, whose roots go back to 1846, said "
        "on Friday that it would spend £5 billion over the next five years.",
        date(2025, 10, 6),
        [
            ("2030", "2030"),
            ("three years", "P3Y"),
            ("2023", "2023"),
            ("2024", "2024"),
            ("the end of 2033", "2033"),
            ("now", "PRESENT_REF"),
            ("two years ago", "2023"),
            ("the spring", "2026-SP"),
            ("1846", "1846"),
            ("Friday", "2025-10-03"),
            ("the next five years", "P5Y"),
        ],
    ),
    # --- a twenty-fourth held-out batch: health and court timelines, written blind ---
    (
        "case-admitted-tuesday-died-two-days-later",
        "The woman was admitted to hospital on Tuesday and died two days later, health officials said.",
        date(2025, 11, 21),
        [("Tuesday", "2025-11-18"), ("two days later", "2025-11-20")],
    ),
    (
        "case-symptoms-began-aug-3-four-days-later",
        "Her symptoms began on Aug. 3, and she tested positive four days later.",
        date(2025, 8, 12),
        [("Aug. 3", "2025-08-03"), ("four days later", "2025-08-07")],
    ),
    (
        "case-symptoms-began-aug-3-previous-year",
        "Symptoms began on Aug. 3, the agency said.",
        date(2026, 2, 6),
        [("Aug. 3", "2025-08-03")],
    ),
    (
        "case-antibiotics-every-six-hours-ten-days",
        "Patients were given antibiotics every six hours for 10 days.",
        date(2025, 9, 17),
        [("every six hours", "PT6H"), ("10 days", "P10D")],
    ),
    (
        "case-tested-within-48-hours",
        "Anyone who develops a fever should be tested within 48 hours, the agency said on Monday.",
        date(2026, 3, 9),
        [("48 hours", "PT48H"), ("Monday", "2026-03-09")],
    ),
    (
        "case-since-start-of-outbreak-trap",
        "Since the start of the outbreak, 212 people have been treated at the clinic.",
        date(2026, 3, 9),
        [],
    ),
    (
        "case-paracetamol-every-four-hours-since-thursday",
        "Doctors said the boy had been given paracetamol every four hours since Thursday.",
        date(2026, 4, 4),
        [("every four hours", "PT4H"), ("Thursday", "2026-04-02")],
    ),
    (
        "case-cases-fallen-three-weeks",
        "Cases have fallen for three weeks, according to figures published on Thursday.",
        date(2026, 1, 1),
        [("three weeks", "P3W"), ("Thursday", "2026-01-01")],
    ),
    (
        "case-quarantine-21-days",
        "The quarantine will last 21 days from the last known exposure.",
        date(2026, 5, 27),
        [("21 days", "P21D")],
    ),
    (
        "case-discharged-4pm-tuesday-about-30-hours",
        "The patient was discharged at 4 p.m. Tuesday, about 30 hours after the operation.",
        date(2024, 2, 29),
        [("4 p.m. Tuesday", "2024-02-27T16:00"), ("about 30 hours", "PT30H")],
    ),
    (
        "case-deaths-last-week-week-before",
        "Officials recorded 48 deaths last week, up from 31 the week before.",
        date(2026, 3, 9),
        [("last week", "2026-W10"), ("the week before", "2026-W09")],
    ),
    (
        "case-outbreak-over-42-days",
        "The outbreak was declared over on Friday, 42 days after the last case was discharged.",
        date(2026, 4, 4),
        [("Friday", "2026-04-03"), ("42 days", "P42D")],
    ),
    (
        "case-counts-every-thursday",
        "Case counts are published every Thursday.",
        date(2025, 7, 23),
        [("every Thursday", "XXXX-WXX-4")],
    ),
    (
        "case-inspectors-following-week",
        "Inspectors visited the ward on Sept. 3 and returned the following week.",
        date(2025, 9, 17),
        [("Sept. 3", "2025-09-03"), ("the following week", "2025-W37")],
    ),
    (
        "case-may-second-opinion-trap",
        "Doctors may decide to operate, and a second opinion was sought.",
        date(2025, 9, 17),
        [],
    ),
    (
        "case-trial-began-monday-three-weeks",
        "The trial, which began on Monday, is expected to last three weeks.",
        date(2026, 5, 27),
        [("Monday", "2026-05-25"), ("three weeks", "P3W")],
    ),
    (
        "case-remanded-until-friday",
        "He was remanded in custody until Friday.",
        date(2026, 10, 20),
        [("Friday", "2026-10-23")],
    ),
    (
        "case-remanded-until-jan-8-year-end",
        "The suspect was remanded in custody until Jan. 8.",
        date(2021, 1, 3),
        [("Jan. 8", "2021-01-08")],
    ),
    ("case-sentenced-march-3", "She will be sentenced on March 3.", date(2026, 2, 6), [("March 3", "2026-03-03")]),
    (
        "case-inquest-adjourned-next-month-new-year",
        "The inquest was adjourned until next month.",
        date(2026, 12, 31),
        [("next month", "2027-01")],
    ),
    (
        "case-jury-retired-wednesday-afternoon-resume-monday",
        "The jury retired on Wednesday afternoon and is due to resume its deliberations on Monday.",
        date(2025, 11, 21),
        [("Wednesday afternoon", "2025-11-19TAF"), ("Monday", "2025-11-24")],
    ),
    (
        "case-jury-will-retire-wednesday-afternoon-same-day",
        "The jury will retire on Wednesday afternoon.",
        date(2025, 7, 23),
        [("Wednesday afternoon", "2025-07-23TAF")],
    ),
    (
        "case-fire-early-hours-of-sunday",
        "The fire broke out in the early hours of Sunday.",
        date(2027, 1, 2),
        [("Sunday", "2026-12-27")],
    ),
    (
        "case-first-charged-2019-stood-trial-march",
        "Kerr was first charged in 2019 and finally stood trial in March.",
        date(2025, 7, 23),
        [("2019", "2019"), ("March", "2025-03")],
    ),
    (
        "case-appeal-quashed-decade-after-conviction",
        "The appeal court quashed the verdict on Tuesday, a decade after the conviction.",
        date(2024, 2, 29),
        [("Tuesday", "2024-02-27"), ("a decade", "P10Y")],
    ),
    (
        "case-arrested-early-hours-saturday-appear-monday",
        "The defendant, who was arrested in the early hours of Saturday, will appear before magistrates on Monday.",
        date(2026, 6, 14),
        [("Saturday", "2026-06-13"), ("Monday", "2026-06-15")],
    ),
    (
        "case-ruled-monday-postponed-oct-29",
        "A judge ruled on Monday that the hearing should be postponed until Oct. 29.",
        date(2026, 10, 20),
        [("Monday", "2026-10-19"), ("Oct. 29", "2026-10-29")],
    ),
    (
        "case-coroner-friday-almost-seven-years",
        "The coroner is expected to deliver her findings on Friday, almost seven years after the fire.",
        date(2025, 12, 29),
        [("Friday", "2026-01-02"), ("almost seven years", "P7Y")],
    ),
    (
        "case-charged-2019-collapsed-year-later",
        "The defendant was first charged in 2019, but the case collapsed a year later.",
        date(2025, 8, 12),
        [("2019", "2019"), ("a year later", "2020")],
    ),
    (
        "case-jury-discharged-retrial-new-year",
        "The jury was discharged on Thursday after failing to reach a verdict, and a retrial will begin in "
        "the new year.",
        date(2025, 11, 21),
        [("Thursday", "2025-11-20"), ("the new year", "2026")],
    ),
    (
        "case-inquiry-opened-2022-another-18-months",
        "The inquiry, which opened in 2022, will sit for another 18 months.",
        date(2026, 10, 20),
        [("2022", "2022"), ("18 months", "P18M")],
    ),
    (
        "case-article-air-crash-timeline",
        "Investigators have pieced together how the aircraft, which crashed on Oct. 9, came down. The pilot "
        "had flown in from Denver the day before. Radar lost the aircraft at 11:42 p.m. on Oct. 9, and a "
        "farmer called emergency services 20 minutes later. The wreckage was found in the early hours of Oct. "
        "10. The board will publish a preliminary report within 30 days.",
        date(2026, 10, 20),
        [
            ("Oct. 9", "2026-10-09"),
            ("the day before", "2026-10-08"),
            ("11:42 p.m. on Oct. 9", "2026-10-09T23:42"),
            ("20 minutes later", "2026-10-10T00:02"),
            ("Oct. 10", "2026-10-10"),
            ("30 days", "P30D"),
        ],
    ),
    (
        "case-article-measles-county",
        "Health officials on Saturday confirmed 14 new cases of measles in Harlow County, bringing the total "
        "since the outbreak began in April to 61. The first patient, a child who had returned from abroad, "
        "developed a rash on April 12 and was admitted to hospital three days later. Most of the new cases "
        "were reported on Thursday and Friday. Clinics will offer free vaccinations every Saturday until July "
        "31. Parents have been urged to keep sick children at home for four days after a rash appears.",
        date(2026, 6, 14),
        [
            ("Saturday", "2026-06-13"),
            ("April", "2026-04"),
            ("April 12", "2026-04-12"),
            ("three days later", "2026-04-15"),
            ("Thursday", "2026-06-11"),
            ("Friday", "2026-06-12"),
            ("every Saturday", "XXXX-WXX-6"),
            ("July 31", "2026-07-31"),
            ("four days", "P4D"),
        ],
    ),
    (
        "case-article-nightclub-inquest",
        "An inquest into the death of a 19-year-old student opened on Monday and was adjourned until March. "
        "Maya Holt collapsed at a nightclub in the early hours of Dec. 14 and died in hospital the following "
        "afternoon. The coroner heard that she had complained of a headache on the evening of Dec. 13. A full "
        "hearing, expected to last five days, will be held next year.",
        date(2025, 12, 29),
        [
            ("Monday", "2025-12-29"),
            ("March", "2026-03"),
            ("Dec. 14", "2025-12-14"),
            ("the following afternoon", "2025-12-15TAF"),
            ("the evening of Dec. 13", "2025-12-13TEV"),
            ("five days", "P5D"),
            ("next year", "2026"),
        ],
    ),
    (
        "case-article-care-home-trial",
        "A former care home manager went on trial on Monday accused of neglecting residents during the "
        "pandemic. Prosecutors told the jury that on Dec. 20, 2020, two staff were left to care for 40 "
        "residents. One resident, aged 91, lay on the floor for nine hours before she was found. The trial, "
        "expected to last six weeks, continues on Thursday.",
        date(2025, 7, 23),
        [
            ("Monday", "2025-07-21"),
            ("Dec. 20, 2020", "2020-12-20"),
            ("nine hours", "PT9H"),
            ("six weeks", "P6W"),
            ("Thursday", "2025-07-24"),
        ],
    ),
    (
        "case-article-robbery-convictions-overturned",
        "Three men convicted of a bank robbery in Leeds had their convictions overturned on Friday, 16 years "
        "after they were jailed. The men were first charged in 2009 and convicted in 2010. Their first appeal "
        "was rejected in 2013. The case was referred back to the court in 2024 after new DNA evidence "
        "emerged. Lawyers for the men said they would seek compensation within the next six months.",
        date(2026, 4, 4),
        [
            ("Friday", "2026-04-03"),
            ("16 years", "P16Y"),
            ("2009", "2009"),
            ("2010", "2010"),
            ("2013", "2013"),
            ("2024", "2024"),
            ("the next six months", "P6M"),
        ],
    ),
    (
        "case-article-new-years-eve-crash",
        "Police on Saturday released a timeline of the crash that killed four teenagers on New Year's Eve. "
        "The car left a house party in Witney at 11:20 p.m., police said. It was recorded by a speed camera "
        "14 minutes later travelling at 96 mph. The crash happened at 11:51 p.m. The driver, who survived, "
        "had passed his test the previous week.",
        date(2021, 1, 3),
        [
            ("Saturday", "2021-01-02"),
            ("New Year's Eve", "2020-12-31"),
            ("11:20 p.m.", "2020-12-31T23:20"),
            ("14 minutes later", "2020-12-31T23:34"),
            ("11:51 p.m", "2020-12-31T23:51"),
            ("the previous week", "2020-W52"),
        ],
    ),
    (
        "case-article-norovirus-leap-day",
        "Norovirus has closed three wards at St Anne's Hospital since Feb. 20, the trust said on Tuesday. "
        "Staff first noticed a cluster of vomiting cases on the evening of Feb. 19. Visitors have been banned "
        "until further notice, and wards are being deep-cleaned every morning. The trust expects to reopen "
        "the wards by March 7 if no new cases are reported for 72 hours.",
        date(2028, 2, 29),
        [
            ("Feb. 20", "2028-02-20"),
            ("Tuesday", "2028-02-29"),
            ("the evening of Feb. 19", "2028-02-19TEV"),
            ("every morning", "XXXX-XX-XXTMO"),
            ("March 7", "2028-03-07"),
            ("72 hours", "PT72H"),
        ],
    ),
    (
        "case-article-nurse-jury-deliberations",
        "The jury in the trial of a nurse accused of poisoning two patients retired on Thursday afternoon. "
        "Jurors sent a note to the judge at 3:05 p.m. on Friday asking to see CCTV footage again. They will "
        "resume their deliberations at 10 a.m. on Tuesday. The trial began in January and has heard from 58 "
        "witnesses over seven weeks.",
        date(2026, 3, 9),
        [
            ("Thursday afternoon", "2026-03-05TAF"),
            ("3:05 p.m. on Friday", "2026-03-06T15:05"),
            ("10 a.m. on Tuesday", "2026-03-10T10:00"),
            ("January", "2026-01"),
            ("seven weeks", "P7W"),
        ],
    ),
    (
        "case-article-legionnaires-gym",
        "A 34-year-old man who caught Legionnaires' disease at a gym in Corby has died, the health agency "
        "said on Wednesday. He first fell ill on Sept. 2 and was admitted to Kettering General Hospital two "
        "days later. He spent 11 days in intensive care before he died on Monday night. Investigators believe "
        "the bacteria spread through the gym's showers, which had not been used for six weeks over the "
        "summer. The gym has been closed since last Thursday.",
        date(2025, 9, 17),
        [
            ("Wednesday", "2025-09-17"),
            ("Sept. 2", "2025-09-02"),
            ("two days later", "2025-09-04"),
            ("11 days", "P11D"),
            ("Monday night", "2025-09-15TNI"),
            ("six weeks", "P6W"),
            ("the summer", "2025-SU"),
            ("last Thursday", "2025-09-11"),
        ],
    ),
    (
        "case-article-phone-driver-jailed",
        "A driver who killed a cyclist while using his phone was jailed for six years on Friday. The court "
        "heard that at 8:14 a.m. on May 6 he was watching a video when his van hit Daniel Price on the A6. Mr "
        "Price died in hospital the next day. The driver was charged in July and admitted causing death by "
        "dangerous driving last month. He was also banned from driving for 10 years.",
        date(2025, 11, 21),
        [
            ("six years", "P6Y"),
            ("Friday", "2025-11-21"),
            ("8:14 a.m. on May 6", "2025-05-06T08:14"),
            ("the next day", "2025-05-07"),
            ("July", "2025-07"),
            ("last month", "2025-10"),
            ("10 years", "P10Y"),
        ],
    ),
    (
        "case-article-flu-christmas-week-53",
        "Hospitals in Scotland treated 1,940 flu patients over Christmas, the highest number since 2017. "
        "Admissions have risen every week since the start of December. The health secretary said on Thursday "
        "that routine operations would be cancelled until Jan. 11. Health boards have been told to expect the "
        "peak in the next two weeks. A vaccination drive will run this weekend.",
        date(2027, 1, 2),
        [
            ("Christmas", "2026-12-25"),
            ("2017", "2017"),
            ("every week", "P1W"),
            ("the start of December", "2026-12"),
            ("Thursday", "2026-12-31"),
            ("Jan. 11", "2027-01-11"),
            ("the next two weeks", "P2W"),
            ("this weekend", "2026-W53-WE"),
        ],
    ),
    (
        "case-article-extradition-fraud-appeal",
        "The Supreme Court on Wednesday rejected a final appeal by a businessman convicted of fraud in 2012. "
        "He was first charged in 2009 and spent eight years fighting extradition before he was flown to "
        "London in 2017. His sentence of 12 years was upheld in 2019. He will be eligible for parole in 2024.",
        date(2020, 12, 31),
        [
            ("Wednesday", "2020-12-30"),
            ("2012", "2012"),
            ("2009", "2009"),
            ("eight years", "P8Y"),
            ("2017", "2017"),
            ("12 years", "P12Y"),
            ("2019", "2019"),
            ("2024", "2024"),
        ],
    ),
    (
        "case-article-hepatitis-berries",
        "Health officials are investigating a hepatitis A outbreak linked to frozen berries. The first case "
        "was reported on July 18, and 26 more people have fallen ill. Most said their symptoms began within a "
        "month of eating the berries. The supplier recalled the product on Friday and said it had stopped "
        "sales at the weekend. Symptoms usually appear about four weeks after infection.",
        date(2025, 8, 12),
        [
            ("July 18", "2025-07-18"),
            ("a month", "P1M"),
            ("Friday", "2025-08-08"),
            ("the weekend", "2025-W32-WE"),
            ("about four weeks", "P4W"),
        ],
    ),
    (
        "case-article-police-pursuit-inquest",
        "An inquest jury has begun hearing evidence about the death of a motorcyclist who crashed during a "
        "police pursuit in Bristol. The jury heard on Tuesday that officers first saw the motorcycle at 1:10 "
        "a.m. on Aug. 16, 2024. The pursuit lasted four minutes. The rider had been released from prison the "
        "day before. The inquest is listed for two weeks.",
        date(2026, 5, 27),
        [
            ("Tuesday", "2026-05-26"),
            ("1:10 a.m. on Aug. 16, 2024", "2024-08-16T01:10"),
            ("four minutes", "PT4M"),
            ("the day before", "2024-08-15"),
            ("two weeks", "P2W"),
        ],
    ),
    (
        "case-article-surgeon-sentencing-adjourned",
        "A judge on Wednesday adjourned the sentencing of a former surgeon who admitted falsifying patient "
        "records until Jan. 22. The surgeon, 58, was suspended in 2021 after a colleague raised concerns. He "
        "was struck off the medical register last year. The judge said a report was needed within 14 days.",
        date(2026, 12, 31),
        [
            ("Wednesday", "2026-12-30"),
            ("Jan. 22", "2027-01-22"),
            ("2021", "2021"),
            ("last year", "2025"),
            ("14 days", "P14D"),
        ],
    ),
    (
        "case-article-cholera-floods",
        "The number of cholera cases in the region has doubled in the past week, the World Health "
        "Organization said on Tuesday. The first cases were confirmed on Sept. 12, four days after the "
        "floods. A total of 1,130 people have been treated and 27 have died. Aid agencies will begin a "
        "vaccination campaign on Monday, and the WHO expects cases to peak in mid-October.",
        date(2026, 9, 30),
        [
            ("the past week", "2026-W39"),
            ("Tuesday", "2026-09-29"),
            ("Sept. 12", "2026-09-12"),
            ("four days", "P4D"),
            ("Monday", "2026-10-05"),
            ("mid-October", "2026-10"),
        ],
    ),
    (
        "case-article-salford-murder-trial",
        "The trial of two brothers accused of murdering a shopkeeper in Salford began on Wednesday. The "
        "prosecution said the men had followed the victim home on the evening of March 14 and attacked him "
        "outside his flat at 9:30 p.m. The brothers fled to Ireland the following morning and were arrested "
        "in Dublin in May. The victim died in hospital 11 days after the attack. The trial is expected to "
        "last four weeks.",
        date(2025, 10, 2),
        [
            ("Wednesday", "2025-10-01"),
            ("the evening of March 14", "2025-03-14TEV"),
            ("9:30 p.m", "2025-03-14T21:30"),
            ("the following morning", "2025-03-15TMO"),
            ("May", "2025-05"),
            ("11 days", "P11D"),
            ("four weeks", "P4W"),
        ],
    ),
    (
        "case-article-tablet-recall",
        "A drugmaker has recalled 40,000 packs of blood pressure tablets after tests found an impurity, "
        "regulators said on Friday. The problem was first identified in a routine check on July 8. Patients "
        "should keep taking their medicine and speak to a pharmacist within seven days. The company said "
        "replacement stock would arrive by Aug. 14. It had made the batches in the spring.",
        date(2026, 8, 1),
        [
            ("Friday", "2026-07-31"),
            ("July 8", "2026-07-08"),
            ("seven days", "P7D"),
            ("Aug. 14", "2026-08-14"),
            ("the spring", "2026-SP"),
        ],
    ),
    (
        "case-article-abused-wife-retrial",
        "A woman jailed for killing her abusive husband was freed on Monday after the Court of Appeal ordered "
        "a retrial. She was convicted of murder in 2016 and sentenced to life with a minimum term of 17 "
        "years. Campaigners first raised doubts about the conviction in 2018, two years after the trial. The "
        "retrial will begin in the autumn. She has spent nine and a half years in prison.",
        date(2026, 1, 6),
        [
            ("Monday", "2026-01-05"),
            ("2016", "2016"),
            ("17 years", "P17Y"),
            ("2018", "2018"),
            ("two years", "P2Y"),
            ("the autumn", "2026-FA"),
            ("nine and a half years", "P9Y6M"),
        ],
    ),
    (
        "case-article-care-home-fire-investigation",
        "Fire investigators said on Sunday that the blaze at the Riverside care home started in a laundry "
        "room at 2:17 a.m. on Oct. 24. A night worker had reported a burning smell 40 minutes earlier, but no "
        "one checked the room. The first fire engine arrived at 2:31 a.m. Two residents died that morning and "
        "a third died the following week. The home had failed a fire safety inspection in June.",
        date(2026, 11, 2),
        [
            ("Sunday", "2026-11-01"),
            ("2:17 a.m. on Oct. 24", "2026-10-24T02:17"),
            ("40 minutes earlier", "2026-10-24T01:37"),
            ("2:31 a.m", "2026-10-24T02:31"),
            ("that morning", "2026-10-24TMO"),
            ("the following week", "2026-W44"),
            ("June", "2026-06"),
        ],
    ),
    (
        "case-article-tb-flight-tracing",
        "Health officials are tracing 300 passengers who shared a flight with a man later found to have "
        "tuberculosis. The man flew from Manila to Heathrow on Nov. 18 and was diagnosed a week after "
        "landing. Passengers who sat within two rows of him will be offered screening on Dec. 11. Screening "
        "sessions will run every day until Christmas. Officials said the risk was low because the flight "
        "lasted 14 hours.",
        date(2025, 12, 4),
        [
            ("Nov. 18", "2025-11-18"),
            ("a week", "P1W"),
            ("Dec. 11", "2025-12-11"),
            ("every day", "P1D"),
            ("Christmas", "2025-12-25"),
            ("14 hours", "PT14H"),
        ],
    ),
    (
        "case-jailed-friday-serve-25-years",
        "He was jailed on Friday and must serve 25 years before he can apply for parole.",
        date(2025, 3, 1),
        [("Friday", "2025-02-28"), ("25 years", "P25Y")],
    ),
    (
        "case-black-alert-since-8am-monday",
        "The hospital has been on black alert since 8 a.m. on Monday.",
        date(2026, 1, 7),
        [("8 a.m. on Monday", "2026-01-05T08:00")],
    ),
    (
        "case-extradited-nine-years-later",
        "She was sentenced in absentia in 2014 and extradited in 2023, nine years later.",
        date(2025, 8, 12),
        [("2014", "2014"), ("2023", "2023"), ("nine years later", "2023")],
    ),
    (
        "case-inquest-resume-tuesday-week",
        "The inquest will resume on Tuesday week.",
        date(2026, 9, 30),
        [("Tuesday week", "2026-10-13")],
    ),
    (
        "case-sentenced-a-week-on-friday",
        "The defendant, 23, will be sentenced a week on Friday.",
        date(2025, 10, 2),
        [("a week on Friday", "2025-10-10")],
    ),
    (
        "case-condition-improved-overnight",
        "Doctors said the patient's condition had improved overnight.",
        date(2025, 3, 30),
        [("overnight", "2025-03-29TNI")],
    ),
    (
        "case-third-case-this-year-first-since-june",
        "The patient is the third case this year and the first since June.",
        date(2026, 1, 6),
        [("this year", "2026"), ("June", "2025-06")],
    ),
    (
        "case-inquiry-june-2023-next-spring",
        "The inquiry, which began hearing evidence in June 2023, is expected to report next spring.",
        date(2026, 11, 2),
        [("June 2023", "2023-06"), ("next spring", "2027-SP")],
    ),
    # --- a twenty-fifth held-out batch: government and legislative calendars, written blind ---
    (
        "gov-senator-six-year-term-2031",
        "His six-year term ends in January 2031, and he said on Wednesday that he would not seek another.",
        date(2025, 3, 12),
        [("six-year", "P6Y"), ("January 2031", "2031-01"), ("Wednesday", "2025-03-12")],
    ),
    (
        "gov-orders-since-taking-office-january",
        "The president has signed more than 140 executive orders since taking office in January, more than "
        "his predecessor signed in his entire four-year term.",
        date(2025, 5, 20),
        [("January", "2025-01"), ("four-year", "P4Y")],
    ),
    (
        "gov-first-100-days-bills",
        "The new government, which took office on Friday, promised to introduce 35 bills in the first 100 days.",
        date(2024, 7, 8),
        [("Friday", "2024-07-05"), ("the first 100 days", "P100D")],
    ),
    (
        "gov-year-ago-today-sworn-in",
        "A year ago today, the president was sworn in for a second term that ends in January 2029.",
        date(2026, 1, 20),
        [("A year ago today", "2025-01-20"), ("January 2029", "2029-01")],
    ),
    (
        "gov-senator-retire-leap-day",
        "The senator announced on Tuesday that she will retire when her term ends in January.",
        date(2028, 2, 29),
        [("Tuesday", "2028-02-29"), ("January", "2029-01")],
    ),
    (
        "gov-took-office-44-days-later",
        "She took office on 6 September 2022 and resigned 44 days later.",
        date(2025, 9, 6),
        [("6 September 2022", "2022-09-06"), ("44 days later", "2022-10-20")],
    ),
    (
        "gov-house-returns-sept-8",
        "The House returns from recess on Sept. 8, three weeks before government funding runs out on Sept. 30.",
        date(2025, 8, 14),
        [("Sept. 8", "2025-09-08"), ("three weeks", "P3W"), ("Sept. 30", "2025-09-30")],
    ),
    (
        "gov-session-ends-june-30",
        "The legislative session ends on June 30, and more than 200 bills filed since January are still "
        "waiting for a floor vote.",
        date(2026, 6, 1),
        [("June 30", "2026-06-30"), ("January", "2026-01")],
    ),
    (
        "gov-vote-expected-next-week-w53",
        "A final vote on the bill is expected next week, the Senate majority leader said on Monday.",
        date(2026, 12, 28),
        [("next week", "2027-W01"), ("Monday", "2026-12-28")],
    ),
    (
        "gov-senate-reconvenes-two-week-recess",
        "The Senate reconvenes on Monday after a two-week recess and will vote on the housing bill by Thursday.",
        date(2026, 4, 10),
        [("Monday", "2026-04-13"), ("two-week", "P2W"), ("Thursday", "2026-04-16")],
    ),
    (
        "gov-recess-from-to",
        "The Commons is in recess from July 22 to Sept. 1.",
        date(2025, 7, 10),
        [("July 22", "2025-07-22"), ("Sept. 1", "2025-09-01")],
    ),
    (
        "gov-pmqs-every-wednesday",
        "Prime Minister's Questions is held every Wednesday while the Commons is sitting, and resumes next "
        "week after the conference recess.",
        date(2025, 10, 22),
        [("every Wednesday", "XXXX-WXX-3"), ("next week", "2025-W44")],
    ),
    (
        "gov-quoted-tomorrow-whip",
        '"The vote will take place tomorrow," the chief whip said on Monday.',
        date(2026, 3, 5),
        [("tomorrow", "2026-03-03"), ("Monday", "2026-03-02")],
    ),
    (
        "gov-speaker-15th-ballot",
        "The House elected a speaker early on Saturday on the 15th ballot, ending four days of deadlock.",
        date(2023, 1, 7),
        [("Saturday", "2023-01-07"), ("four days", "P4D")],
    ),
    (
        "gov-impeach-next-day",
        "Parliament voted on Dec. 14 to impeach the president, and the constitutional court began its review "
        "the next day.",
        date(2024, 12, 20),
        [("Dec. 14", "2024-12-14"), ("the next day", "2024-12-15")],
    ),
    (
        "gov-confidence-vote-tonight",
        "The government faces a confidence vote tonight, three months after it took office.",
        date(2024, 12, 4),
        [("tonight", "2024-12-04TNI"), ("three months", "P3M")],
    ),
    (
        "gov-cabinet-last-week-w53",
        "The cabinet approved the draft budget last week and will send it to parliament on Friday.",
        date(2021, 1, 4),
        [("last week", "2020-W53"), ("Friday", "2021-01-08")],
    ),
    (
        "gov-snap-election-july-4",
        "Britain will hold a snap general election on July 4, the prime minister announced outside Downing "
        "Street on Wednesday.",
        date(2024, 5, 23),
        [("July 4", "2024-07-04"), ("Wednesday", "2024-05-22")],
    ),
    (
        "gov-2024-election-turnout",
        "Turnout in the 2024 election was 59.7%, the lowest since 2001, the electoral commission said on Tuesday.",
        date(2025, 1, 7),
        [("2024", "2024"), ("2001", "2001"), ("Tuesday", "2025-01-07")],
    ),
    (
        "gov-last-general-election-2019",
        "The party lost 48 seats at the last general election in 2019 and has polled below 20% for the past "
        "three years.",
        date(2025, 9, 29),
        [("2019", "2019"), ("the past three years", "P3Y")],
    ),
    (
        "gov-midterms-november",
        "Democrats are expected to gain seats in the midterms in November, after two years of Republican "
        "control of both chambers.",
        date(2026, 2, 27),
        [("November", "2026-11"), ("two years", "P2Y")],
    ),
    (
        "gov-dissolved-leap-day",
        "Parliament was dissolved on Thursday, and the election will be held on April 18.",
        date(2024, 2, 29),
        [("Thursday", "2024-02-29"), ("April 18", "2024-04-18")],
    ),
    (
        "gov-runoff-ahead-of-sunday",
        "Campaigning was suspended on Thursday ahead of Sunday's presidential runoff.",
        date(2026, 4, 30),
        [("Thursday", "2026-04-30"), ("Sunday", "2026-05-03")],
    ),
    (
        "gov-polls-open-close",
        "Polls open at 7 a.m. and close at 10 p.m. on Thursday.",
        date(2024, 7, 1),
        [("7 a.m.", "2024-07-04T07:00"), ("10 p.m. on Thursday", "2024-07-04T22:00")],
    ),
    (
        "gov-shutdown-midnight-friday",
        "Congress must pass a spending bill by midnight Friday to avoid the first government shutdown since 2019.",
        date(2025, 3, 11),
        [("midnight Friday", "2025-03-14T24:00"), ("2019", "2019")],
    ),
    (
        "gov-shutdown-ended-wednesday-night",
        "The shutdown, which began at 12:01 a.m. on Oct. 1, ended on Wednesday night after 43 days.",
        date(2025, 11, 13),
        [("12:01 a.m. on Oct. 1", "2025-10-01T00:01"), ("Wednesday night", "2025-11-12TNI"), ("43 days", "P43D")],
    ),
    (
        "gov-resigned-tuesday-18-months",
        "The health minister resigned on Tuesday after 18 months in the post, the fourth member of the "
        "cabinet to quit this year.",
        date(2025, 11, 5),
        [("Tuesday", "2025-11-04"), ("18 months", "P18M"), ("this year", "2025")],
    ),
    (
        "gov-minister-quit-six-weeks",
        "The education minister quit on Friday after just six weeks in the job, the second resignation this month.",
        date(2026, 5, 10),
        [("Friday", "2026-05-08"), ("six weeks", "P6W"), ("this month", "2026-05")],
    ),
    (
        "gov-whip-last-night-new-year",
        "The party withdrew the whip from two MPs last night after they voted against the budget on Tuesday.",
        date(2027, 1, 1),
        [("last night", "2026-12-31TNI"), ("Tuesday", "2026-12-29")],
    ),
    (
        "gov-trap-118th-congress",
        "The bill died when the 118th Congress ended on Friday.",
        date(2025, 1, 4),
        [("Friday", "2025-01-03")],
    ),
    (
        "gov-trap-section-230",
        "Two senators introduced a bill on Thursday to repeal Section 230, the 1996 law that shields online "
        "platforms from lawsuits.",
        date(2025, 2, 14),
        [("Thursday", "2025-02-13"), ("1996", "1996")],
    ),
    (
        "gov-trap-22nd-amendment",
        "The 22nd Amendment bars him from seeking a third term in 2028.",
        date(2025, 1, 14),
        [("2028", "2028")],
    ),
    (
        "gov-trap-10-downing-street",
        "Protesters gathered outside 10 Downing Street on Saturday and again on Sunday afternoon.",
        date(2025, 10, 13),
        [("Saturday", "2025-10-11"), ("Sunday afternoon", "2025-10-12TAF")],
    ),
    ("gov-trap-number-10-g7-no-date", "Number 10 declined to comment on the G7 communique.", date(2025, 6, 18), []),
    (
        "gov-article-snap-election-called",
        "Prime Minister Karin Vell called a snap election on Wednesday, two years before her term was due to "
        "end. The vote will be held on Oct. 25. Her coalition lost its majority last week when the Centre "
        'Party walked out over the budget. "The country needs a government that can govern," she told '
        "parliament on Wednesday. Parliament will be dissolved on Friday, and campaigning officially starts "
        "on Sept. 28. The last general election, in 2024, produced the most fragmented chamber since 1945.",
        date(2026, 9, 16),
        [
            ("Wednesday", "2026-09-16"),
            ("two years", "P2Y"),
            ("Oct. 25", "2026-10-25"),
            ("last week", "2026-W37"),
            ("Wednesday", "2026-09-16"),
            ("Friday", "2026-09-18"),
            ("Sept. 28", "2026-09-28"),
            ("2024", "2024"),
            ("1945", "1945"),
        ],
    ),
    (
        "gov-article-shutdown-deadline",
        "WASHINGTON (AP) — Congress must pass a spending bill by midnight Friday or the government will shut "
        "down for the second time since October. The House returns from recess on Tuesday and is expected to "
        "vote on a stopgap measure on Wednesday. The measure will fund federal agencies through March 13. "
        "Senate leaders said on Sunday that they were close to a deal. The last shutdown, which ended in "
        "November, lasted 43 days, the longest in the nation's history. Lawmakers must also raise the debt "
        "ceiling by the end of the year.",
        date(2026, 1, 26),
        [
            ("midnight Friday", "2026-01-30T24:00"),
            ("October", "2025-10"),
            ("Tuesday", "2026-01-27"),
            ("Wednesday", "2026-01-28"),
            ("March 13", "2026-03-13"),
            ("Sunday", "2026-01-25"),
            ("November", "2025-11"),
            ("43 days", "P43D"),
            ("the end of the year", "2026"),
        ],
    ),
    (
        "gov-article-home-secretary-resigns",
        "LONDON — The home secretary resigned on Tuesday after 18 months in the post, the fourth cabinet "
        "minister to quit this year. In her resignation letter she said she had lost confidence in the "
        "government's migration policy. Downing Street said a successor would be announced on Wednesday. The "
        "prime minister, who took office in July 2024, has now lost nine cabinet ministers. Her predecessor "
        "lasted six weeks. The Commons rises on July 16 and returns on Sept. 1.",
        date(2026, 7, 8),
        [
            ("Tuesday", "2026-07-07"),
            ("18 months", "P18M"),
            ("this year", "2026"),
            ("Wednesday", "2026-07-08"),
            ("July 2024", "2024-07"),
            ("now", "PRESENT_REF"),
            ("six weeks", "P6W"),
            ("July 16", "2026-07-16"),
            ("Sept. 1", "2026-09-01"),
        ],
    ),
    (
        "gov-article-governor-100-days",
        "The governor signed 31 bills in the first 100 days of her term, her office said on Tuesday. She took "
        "office on Jan. 6 after winning the November election by 11 points. Her four-year term ends in "
        "January 2029. The legislature adjourns on May 30, and she has promised to sign a budget by June 15. "
        "Lawmakers return for a special session on redistricting in September.",
        date(2025, 4, 29),
        [
            ("the first 100 days", "P100D"),
            ("Tuesday", "2025-04-29"),
            ("Jan. 6", "2025-01-06"),
            ("November", "2024-11"),
            ("four-year", "P4Y"),
            ("January 2029", "2029-01"),
            ("May 30", "2025-05-30"),
            ("June 15", "2025-06-15"),
            ("September", "2025-09"),
        ],
    ),
    (
        "gov-article-snap-election-result",
        "The Liberal Party won the most seats in Sunday's snap election but fell short of a majority. Turnout "
        "was 61%, the lowest since 1998. The party's leader said on Sunday night that she would begin talks "
        "with smaller parties this week. The election was called in December after the government lost a "
        "confidence vote on Dec. 2. The new parliament meets for the first time on Jan. 19. Coalition talks "
        "after the last election, in 2023, lasted 94 days.",
        date(2027, 1, 4),
        [
            ("Sunday", "2027-01-03"),
            ("1998", "1998"),
            ("Sunday night", "2027-01-03TNI"),
            ("this week", "2027-W01"),
            ("December", "2026-12"),
            ("Dec. 2", "2026-12-02"),
            ("Jan. 19", "2027-01-19"),
            ("2023", "2023"),
            ("94 days", "P94D"),
        ],
    ),
    (
        "gov-article-brexit-anniversary",
        "Britain formally left the European Union at 11 p.m. on Jan. 31, 2020, more than three and a half "
        "years after the referendum of June 23, 2016. Theresa May triggered Article 50 in March 2017, "
        "starting a two-year countdown. The deadline was extended three times. Boris Johnson won a majority "
        "of 80 at the general election in December 2019. The government will mark the anniversary on Saturday "
        "with a reception at 10 Downing Street.",
        date(2026, 1, 30),
        [
            ("11 p.m. on Jan. 31, 2020", "2020-01-31T23:00"),
            ("more than three and a half years", "P3Y6M"),
            ("June 23, 2016", "2016-06-23"),
            ("March 2017", "2017-03"),
            ("two-year", "P2Y"),
            ("December 2019", "2019-12"),
            ("Saturday", "2026-01-31"),
        ],
    ),
    (
        "gov-article-budget-leap-day",
        "The finance minister will present the budget to parliament tomorrow. The statement was moved to "
        "Tuesday after the opposition demanded an emergency debate on hospital waiting lists. MPs will vote "
        "on the budget resolutions on March 7, and the finance bill must pass by the end of April. The "
        "minister has held the post since September 2026. Her first budget, last March, raised taxes by 12 "
        "billion euros. It is the last budget before a general election due in May 2029.",
        date(2028, 2, 28),
        [
            ("tomorrow", "2028-02-29"),
            ("Tuesday", "2028-02-29"),
            ("March 7", "2028-03-07"),
            ("the end of April", "2028-04"),
            ("September 2026", "2026-09"),
            ("last March", "2027-03"),
            ("May 2029", "2029-05"),
        ],
    ),
    (
        "gov-article-texas-primary",
        "AUSTIN, Texas (AP) — Texas held the first primaries of the 2026 midterms on Tuesday. Turnout was up "
        "14% on 2022. In the Senate race, no Republican won a majority, so the top two will meet in a runoff "
        "on May 26. The winner will face the Democratic nominee in November. Early voting ran for 11 days and "
        "ended on Friday. Results from Harris County were delayed until Wednesday morning by a software "
        "fault.",
        date(2026, 3, 4),
        [
            ("2026", "2026"),
            ("Tuesday", "2026-03-03"),
            ("2022", "2022"),
            ("May 26", "2026-05-26"),
            ("November", "2026-11"),
            ("11 days", "P11D"),
            ("Friday", "2026-02-27"),
            ("Wednesday morning", "2026-03-04TMO"),
        ],
    ),
    (
        "gov-article-farm-bill",
        "WASHINGTON — House leaders want to pass the farm bill before the August recess, the chair of the "
        "agriculture committee said on Wednesday. The existing law, passed in 2018, expired on Sept. 30, "
        "2023, and has been extended twice since. The committee will mark up the bill next Thursday. A "
        'similar effort collapsed in May 2024 after three days of debate. "We are not going to let this slip '
        'into next year," the chair said.',
        date(2025, 6, 12),
        [
            ("August", "2025-08"),
            ("Wednesday", "2025-06-11"),
            ("2018", "2018"),
            ("Sept. 30, 2023", "2023-09-30"),
            ("next Thursday", "2025-06-19"),
            ("May 2024", "2024-05"),
            ("three days", "P3D"),
            ("next year", "2026"),
        ],
    ),
    (
        "gov-article-second-term",
        "President Alvaro Reyes begins his second five-year term on Monday. He won a runoff on Nov. 22 with "
        "54% of the vote. His first term was marked by a two-month strike in 2023 and a constitutional crisis "
        "last spring. Under the constitution, he cannot run again in 2031. Congress, where his party lost its "
        "majority, will elect its leaders on Jan. 15. Reyes has promised to present a pension reform within "
        "six months.",
        date(2027, 1, 3),
        [
            ("five-year", "P5Y"),
            ("Monday", "2027-01-04"),
            ("Nov. 22", "2026-11-22"),
            ("two-month", "P2M"),
            ("2023", "2023"),
            ("last spring", "2026-SP"),
            ("2031", "2031"),
            ("Jan. 15", "2027-01-15"),
            ("six months", "P6M"),
        ],
    ),
    (
        "gov-article-state-budget-deadline",
        "SACRAMENTO — State lawmakers have until June 30 to send the governor a balanced budget, and talks "
        "broke down again on Friday. The Senate leader said on Sunday that a deal could come by Wednesday. If "
        "the budget is late, legislators forfeit their pay from July 1. The session ends on Aug. 31, when "
        "hundreds of bills must clear both houses. Last year the budget passed on June 27, three days before "
        "the deadline.",
        date(2025, 6, 23),
        [
            ("June 30", "2025-06-30"),
            ("Friday", "2025-06-20"),
            ("Sunday", "2025-06-22"),
            ("Wednesday", "2025-06-25"),
            ("July 1", "2025-07-01"),
            ("Aug. 31", "2025-08-31"),
            ("Last year", "2024"),
            ("June 27", "2024-06-27"),
            ("three days", "P3D"),
        ],
    ),
    (
        "gov-article-japan-minister-resigns",
        "TOKYO — Japan's economy minister resigned on Tuesday over a political funding scandal, the fourth "
        "member of the cabinet to quit since the government took office in October. The prime minister will "
        "name a successor on Friday. Opposition parties plan to submit a no-confidence motion when the Diet "
        "reconvenes on Jan. 24. The ruling coalition lost its majority in the lower house at an election on "
        "Oct. 27. The minister had been in the post for less than three months.",
        date(2024, 12, 31),
        [
            ("Tuesday", "2024-12-31"),
            ("October", "2024-10"),
            ("Friday", "2025-01-03"),
            ("Jan. 24", "2025-01-24"),
            ("Oct. 27", "2024-10-27"),
            ("less than three months", "P3M"),
        ],
    ),
    (
        "gov-article-assembly-budget-w53",
        "The state assembly approved the 2021 budget late on Wednesday after a 14-hour debate. The vote was "
        "52-47. The budget, the first since the pandemic began in March, cuts spending by 4%. The governor is "
        "expected to sign it on Monday. The assembly returns from its holiday break on Jan. 11. Next year's "
        "session is expected to last until June.",
        date(2020, 12, 31),
        [
            ("2021", "2021"),
            ("Wednesday", "2020-12-30"),
            ("14-hour", "PT14H"),
            ("March", "2020-03"),
            ("Monday", "2021-01-04"),
            ("Jan. 11", "2021-01-11"),
            ("Next year", "2021"),
            ("June", "2021-06"),
        ],
    ),
    (
        "gov-article-free-vote-tuesday",
        "MPs will vote on Tuesday on the assisted dying bill, the most divisive free vote since 2015. 'This "
        "is a decision for each member's conscience,' the Leader of the House said on Thursday. Campaigners "
        "on both sides have held vigils outside Parliament every evening since Oct. 20. The bill passed its "
        "first reading in March, and a committee spent 11 weeks on it over the summer. If it passes, the law "
        "comes into force in 2029.",
        date(2026, 11, 2),
        [
            ("Tuesday", "2026-11-03"),
            ("2015", "2015"),
            ("Thursday", "2026-10-29"),
            ("every evening", "XXXX-XX-XXTEV"),
            ("Oct. 20", "2026-10-20"),
            ("March", "2026-03"),
            ("11 weeks", "P11W"),
            ("the summer", "2026-SU"),
            ("2029", "2029"),
        ],
    ),
    (
        "gov-article-g7-summit-number-10",
        "Number 10 said on Monday that the prime minister will raise the tariffs at the G7 summit in June. "
        "The summit, in Kananaskis, Canada, runs from June 15 to 17. It will be the first G7 meeting since "
        "Donald Trump returned to the White House in January. Officials have spent the past two weeks "
        "drafting a joint statement. A trade deal with Washington could be signed within days.",
        date(2025, 5, 6),
        [
            ("Monday", "2025-05-05"),
            ("June", "2025-06"),
            ("June 15", "2025-06-15"),
            ("17", "2025-06-17"),
            ("January", "2025-01"),
            ("the past two weeks", "P2W"),
            ("days", "PXD"),
        ],
    ),
    # --- a twenty-sixth held-out batch: vague time in features and analysis, written blind ---
    (
        "vague-these-days-shipyard",
        "Built in 1961, the shipyard these days turns out ferries rather than frigates.",
        date(2024, 2, 29),
        [("1961", "1961"), ("these days", "PRESENT_REF")],
    ),
    (
        "vague-nowadays-house-prices",
        "Nowadays a first home costs eleven times the average salary; in 1997 it cost four times.",
        date(2025, 11, 25),
        [("Nowadays", "PRESENT_REF"), ("1997", "1997")],
    ),
    (
        "vague-for-years-bypass-tuesday",
        "For years the council promised a bypass, and on Tuesday it finally approved one.",
        date(2026, 1, 1),
        [("years", "PXY"), ("Tuesday", "2025-12-30")],
    ),
    (
        "vague-decades-until-recently",
        "For decades the valley's orchards were picked by hand; until recently, few growers could afford machines.",
        date(2025, 9, 15),
        [("decades", "PXY"), ("recently", "PAST_REF")],
    ),
    (
        "vague-coming-months-september",
        "The central bank is expected to cut rates again in the coming months, after it trimmed them in September.",
        date(2025, 10, 6),
        [("the coming months", "FUTURE_REF"), ("September", "2025-09")],
    ),
    (
        "vague-years-ahead-storage",
        "Ministers say the grid will need twice as much storage in the years ahead.",
        date(2026, 5, 20),
        [("the years ahead", "FUTURE_REF")],
    ),
    (
        "vague-other-day-allotment",
        "A reader wrote to me the other day about her late husband's allotment.",
        date(2027, 3, 7),
        [("the other day", "PAST_REF")],
    ),
    (
        "vague-near-future-reopen",
        "Nobody expects the line to reopen in the near future.",
        date(2025, 6, 13),
        [("the near future", "FUTURE_REF")],
    ),
    (
        "vague-at-present-reactors",
        "At present, only three of the 14 reactors are running.",
        date(2023, 1, 2),
        [("present", "PRESENT_REF")],
    ),
    (
        "vague-currently-since-march-2020",
        "The museum, which has been shut since March 2020, is currently being rewired.",
        date(2021, 1, 3),
        [("March 2020", "2020-03"), ("currently", "PRESENT_REF")],
    ),
    (
        "vague-so-far-this-year-port",
        "So far this year, the port has handled 40 ships, against 1,100 in the whole of last year.",
        date(2026, 1, 8),
        [("this year", "2026"), ("last year", "2025")],
    ),
    (
        "vague-until-recently-bridge-2019",
        "Until recently the bridge was the only crossing for miles; it was closed in 2019 after cracks appeared.",
        date(2024, 7, 17),
        [("recently", "PAST_REF"), ("2019", "2019")],
    ),
    (
        "vague-once-mill-trap",
        "The mill, once the town's biggest employer, closed in 1987.",
        date(2022, 11, 19),
        [("1987", "1987")],
    ),
    ("vague-once-again-trap", "Once again, the committee has failed to publish its accounts.", date(2025, 3, 4), []),
    (
        "vague-time-and-again-minister-trap",
        "The minister has said time and again that the tax will not rise.",
        date(2024, 5, 10),
        [],
    ),
    (
        "vague-times-ft-trap",
        "The Times first reported the leak, and the Financial Times followed.",
        date(2023, 8, 21),
        [],
    ),
    ("vague-time-magazine-cover", "Time magazine put her on its cover in 2016.", date(2021, 6, 2), [("2016", "2016")]),
    (
        "vague-current-account-trap",
        "Britain's current account deficit narrowed to 2.1% of GDP in the third quarter.",
        date(2025, 12, 22),
        [("the third quarter", "2025-Q3")],
    ),
    (
        "vague-current-government",
        "The current government has promised to build 1.5 million homes by 2029.",
        date(2025, 7, 4),
        [("current", "PRESENT_REF"), ("2029", "2029")],
    ),
    (
        "vague-the-present-noun",
        "Historians of the 1930s often write as if they were describing the present.",
        date(2024, 9, 8),
        [("the 1930s", "193"), ("the present", "PRESENT_REF")],
    ),
    (
        "vague-recent-years-2008",
        "In 2008 the town had four banks; in recent years all but one have closed.",
        date(2023, 4, 12),
        [("2008", "2008"), ("recent years", "PAST_REF")],
    ),
    (
        "vague-recent-weeks-friday",
        "Shelling has eased in recent weeks, aid workers said on Friday.",
        date(2026, 2, 28),
        [("recent weeks", "PAST_REF"), ("Friday", "2026-02-27")],
    ),
    (
        "vague-foreseeable-future-pier",
        "The pier will stay closed for the foreseeable future, the council said on Monday.",
        date(2026, 12, 29),
        [("the foreseeable future", "FUTURE_REF"), ("Monday", "2026-12-28")],
    ),
    (
        "vague-months-weeks-repairs",
        "Residents have waited months for repairs that were promised within weeks.",
        date(2022, 2, 15),
        [("months", "PXM"), ("weeks", "PXW")],
    ),
    (
        "vague-soon-june-report",
        "The report, finished in June, will soon be published.",
        date(2025, 8, 15),
        [("June", "2025-06"), ("soon", "FUTURE_REF")],
    ),
    (
        "vague-decade-ago-app",
        "A decade ago, few people had heard of the app; now it has 200 million users.",
        date(2024, 12, 31),
        [("A decade ago", "2014"), ("now", "PRESENT_REF")],
    ),
    (
        "vague-past-few-years-rents",
        "Over the past few years, rents in the city have risen faster than wages.",
        date(2023, 10, 26),
        [("the past few years", "PXY")],
    ),
    (
        "vague-centuries-abbey",
        "The abbey stood empty for centuries before monks returned in 1953.",
        date(2024, 3, 24),
        [("centuries", "PXY"), ("1953", "1953")],
    ),
    (
        "vague-for-now-tariffs-march",
        "For now the tariffs stay in place, but the government will review them in March.",
        date(2025, 11, 3),
        [("now", "PRESENT_REF"), ("March", "2026-03")],
    ),
    (
        "vague-currently-quote-wednesday",
        '"We are currently looking at every option," the chairman said on Wednesday.',
        date(2026, 1, 1),
        [("currently", "PRESENT_REF"), ("Wednesday", "2025-12-31")],
    ),
    (
        "vague-nowadays-early-2000s",
        "In the early 2000s the club drew 40,000 fans; nowadays it struggles to fill half that.",
        date(2022, 8, 6),
        [("the early 2000s", "200"), ("nowadays", "PRESENT_REF")],
    ),
    (
        "vague-first-time-in-decades",
        "The river froze over in January for the first time in decades.",
        date(2026, 3, 2),
        [("January", "2026-01"), ("decades", "PXY")],
    ),
    (
        "vague-coming-years-pension",
        "The pension age will rise to 68 in the coming years, and to 69 after 2040.",
        date(2027, 6, 9),
        [("the coming years", "FUTURE_REF"), ("2040", "2040")],
    ),
    (
        "vague-recently-last-week-boundary",
        "The author, who recently turned 90, spoke to us last week.",
        date(2026, 1, 5),
        [("recently", "PAST_REF"), ("last week", "2026-W01")],
    ),
    (
        "vague-future-and-past",
        "Museums must look to the future as well as the past.",
        date(2025, 5, 18),
        [("the future", "FUTURE_REF"), ("the past", "PAST_REF")],
    ),
    (
        "vague-these-days-quote-sunday",
        "'These days I rarely leave the house,' she told the inquiry on Sunday.",
        date(2025, 4, 29),
        [("These days", "PRESENT_REF"), ("Sunday", "2025-04-27")],
    ),
    (
        "vague-soon-31-march",
        "Ministers must soon decide whether to renew the contract, which expires on 31 March.",
        date(2025, 12, 29),
        [("soon", "FUTURE_REF"), ("31 March", "2026-03-31")],
    ),
    (
        "vague-many-years-lisbon",
        "She lived in Lisbon for many years before moving back in 2011.",
        date(2024, 11, 14),
        [("many years", "PXY"), ("2011", "2011")],
    ),
    (
        "vague-several-months-summer",
        "The repairs will take several months and should be finished by the summer.",
        date(2025, 11, 26),
        [("several months", "PXM"), ("the summer", "2026-SU")],
    ),
    (
        "vague-in-the-past-quote-thursday",
        "'In the past we simply threw the nets away,' the fisherman said on Thursday.",
        date(2026, 1, 2),
        [("the past", "PAST_REF"), ("Thursday", "2026-01-01")],
    ),
    (
        "vague-once-a-year-fair",
        "The fair, once the biggest in the county, is now held once a year instead of twice.",
        date(2023, 3, 17),
        [("now", "PRESENT_REF"), ("once a year", "P1Y")],
    ),
    (
        "vague-times-of-london-1977",
        "The Times of London, then owned by the Thomson family, broke the story in 1977.",
        date(2027, 1, 1),
        [("1977", "1977")],
    ),
    (
        "vague-now-2015-square",
        "In 2015 the town voted to ban cars from the square; now it wants them back.",
        date(2025, 1, 1),
        [("2015", "2015"), ("now", "PRESENT_REF")],
    ),
    (
        "vague-recently-leap-wednesday",
        "Ticket sales, which slumped during the pandemic, have recently recovered, the theatre said on Wednesday.",
        date(2024, 2, 29),
        [("recently", "PAST_REF"), ("Wednesday", "2024-02-28")],
    ),
    (
        "vague-coming-weeks-november",
        "Another 2,000 jobs will go in the coming weeks, on top of the 500 that were shed in November.",
        date(2025, 12, 8),
        [("the coming weeks", "FUTURE_REF"), ("November", "2025-11")],
    ),
    (
        "vague-time-and-times-trap",
        "Time magazine and the New York Times both ran the photograph on their front pages.",
        date(2024, 6, 1),
        [],
    ),
    (
        "vague-near-future-said-friday",
        "Officials said on Friday that no new reactors would be approved in the near future.",
        date(2026, 1, 4),
        [("Friday", "2026-01-02"), ("the near future", "FUTURE_REF")],
    ),
    (
        "vague-current-fuel-prices-w53",
        "Current fuel prices are the lowest since 2021.",
        date(2026, 12, 31),
        [("Current", "PRESENT_REF"), ("2021", "2021")],
    ),
    (
        "vague-years-design-2019",
        "Engineers spent years on the design before the first test flight in 2019.",
        date(2020, 12, 29),
        [("years", "PXY"), ("2019", "2019")],
    ),
    (
        "vague-nowadays-stallholder-1988",
        "'Nowadays nobody carries cash,' said the stallholder, who has traded in the market since 1988.",
        date(2022, 5, 5),
        [("Nowadays", "PRESENT_REF"), ("1988", "1988")],
    ),
    (
        "vague-article-bookshop",
        "The Corner Bookshop opened on Elm Street in 1978. For decades it was the only bookseller in town, "
        "and in 2009 it nearly closed. That year, a group of regulars bought it for £1. These days the shop "
        "is run by volunteers, and sales have doubled in recent years. The lease expires next month, but the "
        "owners say they will stay for the foreseeable future.",
        date(2024, 12, 30),
        [
            ("1978", "1978"),
            ("decades", "PXY"),
            ("2009", "2009"),
            ("That year", "2009"),
            ("These days", "PRESENT_REF"),
            ("recent years", "PAST_REF"),
            ("next month", "2025-01"),
            ("the foreseeable future", "FUTURE_REF"),
        ],
    ),
    (
        "vague-article-steelworks",
        "Ten years ago the steelworks employed 6,000 people. Now it employs 900. The owners, who bought the "
        "plant in 2016, said last week that output would fall further in the coming months. Union leaders "
        "have warned for years that the site could close. On Monday they called a strike ballot for January. "
        "The result is due within weeks.",
        date(2020, 12, 30),
        [
            ("Ten years ago", "2010"),
            ("Now", "PRESENT_REF"),
            ("2016", "2016"),
            ("last week", "2020-W52"),
            ("the coming months", "FUTURE_REF"),
            ("years", "PXY"),
            ("Monday", "2020-12-28"),
            ("January", "2021-01"),
            ("weeks", "PXW"),
        ],
    ),
    (
        "vague-article-housing-column",
        "When my parents bought their first house in 1985, it cost three times their joint income. Nowadays "
        "the same house would cost nine times a nurse's salary. Until recently, governments blamed the "
        "planning system; the current one blames interest rates. Ministers say they will build 1.5 million "
        "homes by 2029. Once again, the plan relies on private developers, who have missed their targets for "
        "decades.",
        date(2025, 2, 28),
        [
            ("1985", "1985"),
            ("Nowadays", "PRESENT_REF"),
            ("recently", "PAST_REF"),
            ("current", "PRESENT_REF"),
            ("2029", "2029"),
            ("decades", "PXY"),
        ],
    ),
    (
        "vague-article-glacier",
        "In 1920 the glacier reached the edge of the village. A century later it had retreated almost two "
        "kilometres. Scientists have measured it every summer since 1950, and in recent decades the melt has "
        "sped up. At present the ice thins by about a metre each year. Guides who once led tourists across it "
        "now take them to a viewing platform. The researchers expect it to vanish within decades, perhaps in "
        "the 2070s.",
        date(2028, 2, 29),
        [
            ("1920", "1920"),
            ("A century later", "2020"),
            ("every summer", "XXXX-SU"),
            ("1950", "1950"),
            ("recent decades", "PAST_REF"),
            ("present", "PRESENT_REF"),
            ("each year", "P1Y"),
            ("now", "PRESENT_REF"),
            ("decades", "PXY"),
            ("the 2070s", "207"),
        ],
    ),
    (
        "vague-article-chatbot-column",
        "Two years ago, every start-up wanted to build a chatbot. These days they all want to build agents. I "
        "tested three of them over Christmas, and one booked me a table at a restaurant that closed in 2019. "
        "Their makers say the software will improve rapidly in the coming months. For now, I would not trust "
        "it with my diary. Ask me again in a year.",
        date(2021, 1, 7),
        [
            ("Two years ago", "2019"),
            ("These days", "PRESENT_REF"),
            ("Christmas", "2020-12-25"),
            ("2019", "2019"),
            ("the coming months", "FUTURE_REF"),
            ("now", "PRESENT_REF"),
            ("a year", "P1Y"),
        ],
    ),
    (
        "vague-article-election-analysis",
        "Four years ago the governor carried the state by 11 points. Since then her party has lost ground in "
        "the suburbs, and polls published in recent days put the race within the margin of error. Her "
        "opponent, a former mayor, has campaigned for months on crime. Voters go to the polls today, and the "
        "first results are expected after 8 p.m. Whoever wins will face a hostile legislature for the "
        "foreseeable future.",
        date(2026, 11, 3),
        [
            ("Four years ago", "2022"),
            ("recent days", "PAST_REF"),
            ("months", "PXM"),
            ("today", "2026-11-03"),
            ("8 p.m", "2026-11-03T20:00"),
            ("the foreseeable future", "FUTURE_REF"),
        ],
    ),
    (
        "vague-article-chippy-review",
        "The Anchor has served fish and chips on the harbour since 1962. The Petrov family took it over in "
        "the 1990s. Until recently the menu had not changed for decades; last month the new chef added a "
        "vegan pie. I ate there twice last week. The dining room is currently closed on Mondays, but the "
        "owners plan to open daily from Easter.",
        date(2027, 1, 2),
        [
            ("1962", "1962"),
            ("the 1990s", "199"),
            ("recently", "PAST_REF"),
            ("decades", "PXY"),
            ("last month", "2026-12"),
            ("last week", "2026-W52"),
            ("currently", "PRESENT_REF"),
            ("Mondays", "XXXX-WXX-1"),
            ("daily", "P1D"),
            ("Easter", "2027-03-28"),
        ],
    ),
    (
        "vague-article-fusion-feature",
        "Physicists have chased a working fusion reactor for decades. In 1991 a British machine produced "
        "fusion power for the first time. Three decades later, a laboratory in California got more energy out "
        "of a reaction than its lasers put in. The team repeated the feat on Monday. Investors have poured "
        "billions into the field in recent years, and several companies say they will connect a plant to the "
        "grid in the 2030s. Sceptics say the near future belongs to wind and solar.",
        date(2025, 12, 31),
        [
            ("decades", "PXY"),
            ("1991", "1991"),
            ("Three decades later", "2021"),
            ("Monday", "2025-12-29"),
            ("recent years", "PAST_REF"),
            ("the 2030s", "203"),
            ("the near future", "FUTURE_REF"),
        ],
    ),
    (
        "vague-article-football-column",
        "Once the best side in the country, the club has spent most of the past decade in the second tier. "
        "The 2014 title feels like another era. Nowadays the squad is built on loans, and the manager, "
        "appointed in October, admits he has only weeks to fix the defence. The transfer window opens today. "
        "Supporters have heard promises of a new stadium time and again; for now the team still plays at a "
        "ground built in 1908.",
        date(2024, 1, 1),
        [
            ("the past decade", "P10Y"),
            ("2014", "2014"),
            ("Nowadays", "PRESENT_REF"),
            ("October", "2023-10"),
            ("weeks", "PXW"),
            ("today", "2024-01-01"),
            ("now", "PRESENT_REF"),
            ("1908", "1908"),
        ],
    ),
    (
        "vague-article-deficit-analysis",
        "Britain's current account deficit widened in the second quarter, figures showed on Wednesday. For "
        "years economists have argued that the gap matters less than it once did. Until recently, foreign "
        "investors were happy to fund it. In recent months, though, they have demanded higher yields. The "
        "Treasury insists the deficit will narrow in the coming years. The Times reported on Tuesday that "
        "officials are drawing up contingency plans.",
        date(2026, 10, 1),
        [
            ("the second quarter", "2026-Q2"),
            ("Wednesday", "2026-09-30"),
            ("years", "PXY"),
            ("recently", "PAST_REF"),
            ("recent months", "PAST_REF"),
            ("the coming years", "FUTURE_REF"),
            ("Tuesday", "2026-09-29"),
        ],
    ),
    (
        "vague-article-hotel-feature",
        "The old railway hotel reopened in May after a decade of neglect. In its heyday, in the 1930s, it "
        "hosted film stars and royalty. By the 1980s it was a care home, and in 2013 it shut altogether. "
        "These days the ballroom hosts weddings at weekends, and the new owners hope to reopen the spa later "
        "this year. Rooms currently start at £180.",
        date(2023, 6, 30),
        [
            ("May", "2023-05"),
            ("a decade", "P10Y"),
            ("the 1930s", "193"),
            ("the 1980s", "198"),
            ("2013", "2013"),
            ("These days", "PRESENT_REF"),
            ("weekends", "XXXX-WXX-WE"),
            ("later this year", "2023"),
            ("currently", "PRESENT_REF"),
        ],
    ),
    (
        "vague-article-office-opinion",
        "Three years ago, most office workers had never joined a video call. By the spring of 2020 almost all "
        "of them had. Nowadays the average employee works from home twice a week, and bosses who once "
        "demanded full attendance have largely given up. Landlords have watched office values fall for "
        "months. Most analysts expect the shift to last for the foreseeable future, though a few predict a "
        "return to the office in the coming years.",
        date(2023, 1, 1),
        [
            ("Three years ago", "2020"),
            ("the spring of 2020", "2020-SP"),
            ("Nowadays", "PRESENT_REF"),
            ("twice a week", "P1W"),
            ("months", "PXM"),
            ("the foreseeable future", "FUTURE_REF"),
            ("the coming years", "FUTURE_REF"),
        ],
    ),
    # --- a twenty-seventh held-out batch: climate and weather records, written blind ---
    (
        "climate-july-hottest-since-records-began",
        "July was the hottest month since records began in 1884, the Met Office said on Thursday.",
        date(2025, 8, 7),
        [("July", "2025-07"), ("1884", "1884"), ("Thursday", "2025-08-07")],
    ),
    (
        "climate-wettest-winter-since-2014",
        "England has just had its wettest winter since 2014, provisional figures show.",
        date(2026, 3, 2),
        [("winter", "2025-WI"), ("2014", "2014")],
    ),
    (
        "climate-12-months-to-june-1850-1900",
        "Global temperatures in the 12 months to June were 1.6C above the 1850-1900 average.",
        date(2024, 7, 9),
        [("the 12 months", "P12M"), ("June", "2024-06"), ("1850", "1850"), ("1900", "1900")],
    ),
    (
        "climate-over-past-decade-arctic",
        "Over the past decade, the Arctic has warmed nearly four times faster than the globe.",
        date(2025, 1, 15),
        [("the past decade", "P10Y")],
    ),
    (
        "climate-end-of-century-sea-level",
        "Sea levels could rise by up to a metre by the end of the century, the report warned.",
        date(2025, 9, 24),
        [("the end of the century", "20")],
    ),
    (
        "climate-1991-2020-average-october",
        "Rainfall in October was 40% above the 1991-2020 average.",
        date(2023, 11, 6),
        [("October", "2023-10"), ("1991", "1991"), ("2020", "2020")],
    ),
    (
        "climate-past-nine-years-warmest",
        "The past nine years have been the nine warmest on record.",
        date(2024, 1, 12),
        [("The past nine years", "P9Y")],
    ),
    (
        "climate-wildfires-every-summer",
        "Wildfires now break out across southern Europe every summer.",
        date(2025, 6, 14),
        [("now", "PRESENT_REF"), ("every summer", "XXXX-SU")],
    ),
    (
        "climate-this-years-monsoon-kerala",
        "This year's monsoon arrived in Kerala on June 8, seven days behind schedule.",
        date(2023, 6, 10),
        [("This year", "2023"), ("June 8", "2023-06-08"), ("seven days", "P7D")],
    ),
    (
        "climate-current-el-nino-2015-16",
        "Scientists say the current El Nino could rival the El Nino of 2015-16.",
        date(2023, 10, 12),
        [("current", "PRESENT_REF"), ("2015", "2015")],
    ),
    (
        "climate-heatwave-began-tuesday-until-weekend",
        "The heatwave that began on Tuesday is expected to last until the weekend.",
        date(2025, 7, 3),
        [("Tuesday", "2025-07-01"), ("the weekend", "2025-W27-WE")],
    ),
    (
        "climate-peaked-3pm-monday",
        "Temperatures peaked at 3pm on Monday, when 40.3C was recorded at Coningsby.",
        date(2022, 7, 19),
        [("3pm on Monday", "2022-07-18T15:00")],
    ),
    (
        "climate-overnight-lows-saturday",
        "Overnight lows stayed above 30C in Phoenix on Saturday, the weather service said.",
        date(2024, 7, 14),
        [("Overnight", "2024-07-12TNI"), ("Saturday", "2024-07-13")],
    ),
    (
        "climate-last-winter-mildest-30-years",
        "Last winter was the mildest in Finland for 30 years.",
        date(2025, 7, 8),
        [("Last winter", "2024-WI"), ("30 years", "P30Y")],
    ),
    (
        "climate-heat-map-next-spring",
        "The agency will publish its first national heat map next spring.",
        date(2026, 11, 4),
        [("next spring", "2027-SP")],
    ),
    (
        "climate-trees-by-2050",
        "The city has pledged to plant a million trees by 2050.",
        date(2026, 5, 22),
        [("2050", "2050")],
    ),
    (
        "climate-trap-temperatures-range",
        "Temperatures of 35C to 38C are possible, forecasters warned.",
        date(2025, 6, 30),
        [],
    ),
    (
        "climate-trap-glaciers-2000-metres",
        "Even glaciers above 2000 metres lost ice, and carbon dioxide reached 424 parts per million.",
        date(2024, 6, 5),
        [],
    ),
    (
        "climate-leap-day-snow-athens",
        "Snow fell in Athens on Wednesday for the first time since 2022.",
        date(2024, 2, 29),
        [("Wednesday", "2024-02-28"), ("2022", "2022")],
    ),
    (
        "climate-leap-day-rainy-season-april",
        "The rainy season is expected to end in April.",
        date(2028, 2, 29),
        [("April", "2028-04")],
    ),
    (
        "climate-week-53-cold-snap",
        "Snow has closed roads across the Alps this week, and forecasters expect the cold snap to ease next week.",
        date(2026, 12, 31),
        [("this week", "2026-W53"), ("next week", "2027-W01")],
    ),
    (
        "climate-week-53-lowest-since-february",
        "Temperatures this week have been the lowest since February.",
        date(2020, 12, 31),
        [("this week", "2020-W53"), ("February", "2020-02")],
    ),
    (
        "climate-last-year-beat-2016",
        "Last year was the hottest on record, beating 2016 by a wide margin.",
        date(2024, 1, 9),
        [("Last year", "2023"), ("2016", "2016")],
    ),
    (
        "climate-year-frames-fire-season",
        "In 2023, Canada's wildfire season began in March and ended in November.",
        date(2025, 2, 12),
        [("2023", "2023"), ("March", "2023-03"), ("November", "2023-11")],
    ),
    (
        "climate-summer-of-2003",
        "The summer of 2003 killed more than 70,000 people in Europe.",
        date(2025, 6, 23),
        [("The summer of 2003", "2003-SU")],
    ),
    (
        "climate-sea-ice-late-1970s",
        "Arctic sea ice has shrunk by about 40% since the late 1970s.",
        date(2025, 9, 18),
        [("the late 1970s", "197")],
    ),
    (
        "climate-greenland-decades-this-summer",
        "Greenland has been losing ice for decades, but the melt this summer was unusually fast.",
        date(2025, 8, 30),
        [("decades", "PXY"), ("this summer", "2025-SU")],
    ),
    (
        "climate-frost-warning-from-until",
        "A frost warning is in force from 10pm on Tuesday until 9am on Wednesday.",
        date(2025, 10, 14),
        [("10pm on Tuesday", "2025-10-14T22:00"), ("9am on Wednesday", "2025-10-15T09:00")],
    ),
    (
        "climate-rain-forecast-thursday-friday",
        "Rain is forecast for Thursday and Friday, with up to 80mm on high ground.",
        date(2025, 11, 18),
        [("Thursday", "2025-11-20"), ("Friday", "2025-11-21")],
    ),
    (
        "climate-storm-48-hours",
        "The storm dumped 150mm of rain on the island in 48 hours.",
        date(2025, 10, 26),
        [("48 hours", "PT48H")],
    ),
    (
        "climate-warmest-september-since-1850",
        "It was the warmest September globally since at least 1850.",
        date(2023, 10, 5),
        [("September", "2023-09"), ("1850", "1850")],
    ),
    (
        "climate-glaciers-gone-2060s",
        "Half the Alps' glaciers could be gone by the 2060s.",
        date(2025, 3, 21),
        [("the 2060s", "206")],
    ),
    (
        "climate-cop30-opens-nov-10",
        "The COP30 summit opens in Belem on Nov. 10.",
        date(2025, 10, 27),
        [("Nov. 10", "2025-11-10")],
    ),
    (
        "climate-sunniest-spring-since-1901",
        "The Netherlands recorded its sunniest spring since records began in 1901.",
        date(2025, 6, 3),
        [("spring", "2025-SP"), ("1901", "1901")],
    ),
    (
        "climate-first-half-of-year-fires",
        "Wildfires burned a record area in the first half of the year.",
        date(2025, 7, 15),
        [("the first half of the year", "2025-H1")],
    ),
    (
        "climate-quote-rain-stop-by-friday",
        '"The rain will stop by Friday," the forecaster said on Wednesday.',
        date(2025, 2, 6),
        [("Friday", "2025-02-07"), ("Wednesday", "2025-02-05")],
    ),
    (
        "climate-river-peaked-two-days-later",
        "The river peaked on Jan. 5. Two days later, the dikes gave way.",
        date(2026, 1, 19),
        [("Jan. 5", "2026-01-05"), ("Two days later", "2026-01-07")],
    ),
    (
        "climate-article-copernicus-july",
        "July 2025 was the third-warmest July on record globally, the EU's Copernicus Climate Change Service "
        "said on Thursday. The average surface air temperature was 0.45C above the 1991-2020 average. The "
        "record is still held by July 2023. The 12 months to July were 1.53C warmer than the 1850-1900 level. "
        "Scientists expect El Nino conditions to return next year. The service will publish its next bulletin "
        "in early September.",
        date(2025, 8, 7),
        [
            ("July 2025", "2025-07"),
            ("July", "2025-07"),
            ("Thursday", "2025-08-07"),
            ("1991", "1991"),
            ("2020", "2020"),
            ("July 2023", "2023-07"),
            ("The 12 months", "P12M"),
            ("July", "2025-07"),
            ("1850", "1850"),
            ("1900", "1900"),
            ("next year", "2026"),
            ("early September", "2025-09"),
        ],
    ),
    (
        "climate-article-uk-40c",
        "Britain recorded a temperature above 40C for the first time on Tuesday, the Met Office said. A "
        "provisional reading of 40.3C was taken at Coningsby, Lincolnshire, at 3.30pm. The previous record, "
        "38.7C, was set in Cambridge in July 2019. Overnight, temperatures did not fall below 25C in parts of "
        "London. Forecasters said the heat would ease on Wednesday evening, with thunderstorms possible. "
        "Firefighters in London had their busiest day since the Second World War.",
        date(2022, 7, 19),
        [
            ("Tuesday", "2022-07-19"),
            ("3.30pm", "2022-07-19T15:30"),
            ("July 2019", "2019-07"),
            ("Overnight", "2022-07-18TNI"),
            ("Wednesday evening", "2022-07-20TEV"),
        ],
    ),
    (
        "climate-article-india-monsoon-ends",
        "India's monsoon ended on Monday with rainfall 8% above the long-period average, the India "
        "Meteorological Department said. This year's rains reached Kerala on May 30, two days ahead of "
        "schedule, and covered the whole country by July 2, six days early. June was dry, but July and August "
        "brought heavy falls across the north. The department will issue its next forecast later this week. "
        "Last year, rainfall ended 6% below normal, in part because of El Nino.",
        date(2024, 9, 30),
        [
            ("Monday", "2024-09-30"),
            ("This year", "2024"),
            ("May 30", "2024-05-30"),
            ("two days", "P2D"),
            ("July 2", "2024-07-02"),
            ("six days", "P6D"),
            ("June", "2024-06"),
            ("July", "2024-07"),
            ("August", "2024-08"),
            ("later this week", "2024-W40"),
            ("Last year", "2023"),
        ],
    ),
    (
        "climate-article-victoria-fires",
        "Firefighters in Victoria were battling more than 40 blazes on Wednesday after temperatures passed "
        "45C a day earlier. Authorities declared a state of disaster at 6pm on Tuesday. Cooler conditions are "
        "expected to arrive on Friday, but the fire season could run until March, officials said. The fires "
        "are the worst since the fires of 2019-20, which burned 24 million hectares. More than 1,000 homes "
        "have been lost since Jan. 1.",
        date(2026, 1, 14),
        [
            ("Wednesday", "2026-01-14"),
            ("a day earlier", "2026-01-13"),
            ("6pm on Tuesday", "2026-01-13T18:00"),
            ("Friday", "2026-01-16"),
            ("March", "2026-03"),
            ("2019", "2019"),
            ("Jan. 1", "2026-01-01"),
        ],
    ),
    (
        "climate-article-sea-level-report",
        "Global sea levels could rise by up to a metre by the end of the century if emissions are not cut, a "
        "report published on Friday warned. The rate of rise has more than doubled since 1993, when satellite "
        "records began. Over the past decade, ocean heat content set a new record almost every year. The "
        "report's authors will present their findings at the COP30 summit in November. A previous assessment, "
        "in 2019, had put the likely rise at 84cm.",
        date(2025, 9, 26),
        [
            ("the end of the century", "20"),
            ("Friday", "2025-09-26"),
            ("1993", "1993"),
            ("the past decade", "P10Y"),
            ("every year", "P1Y"),
            ("November", "2025-11"),
            ("2019", "2019"),
        ],
    ),
    (
        "climate-article-catalonia-drought",
        "Catalonia declared a drought emergency on Thursday after three years of below-average rainfall. "
        "Reservoirs that supply Barcelona are at 16% of capacity, the lowest level since records began in "
        "1990. From Friday, residents are limited to 200 litres of water per person. Officials said the "
        "restrictions could last until the autumn. The region's last severe drought, in 2008, was eased by "
        "shipping water from Tarragona.",
        date(2024, 2, 2),
        [
            ("Thursday", "2024-02-01"),
            ("three years", "P3Y"),
            ("1990", "1990"),
            ("Friday", "2024-02-02"),
            ("the autumn", "2024-FA"),
            ("2008", "2008"),
        ],
    ),
    (
        "climate-article-sweden-leap-day-snow",
        "Heavy snow closed schools across Sweden's north on Wednesday. Kiruna recorded minus 37C overnight, "
        "its lowest reading since January 2023. February has been unusually cold in the Nordic countries "
        "after a mild December. More snow is forecast for the weekend. The Swedish weather service said on "
        "Thursday that temperatures would return to normal next week.",
        date(2024, 2, 29),
        [
            ("Wednesday", "2024-02-28"),
            ("overnight", "2024-02-27TNI"),
            ("January 2023", "2023-01"),
            ("February", "2024-02"),
            ("December", "2023-12"),
            ("the weekend", "2024-W09-WE"),
            ("Thursday", "2024-02-29"),
            ("next week", "2024-W10"),
        ],
    ),
    (
        "climate-article-wmo-year-end",
        "This year is set to be the third-warmest on record, behind 2024 and 2023, the World Meteorological "
        "Organization said on Wednesday. Europe had its hottest summer since 2003, and floods in October "
        "killed more than 200 people in Spain. The past 12 years are the 12 warmest on record. The "
        "organization will publish its final figures in mid-January. Forecasters expect a La Nina this winter "
        "to hold temperatures down slightly next year.",
        date(2026, 12, 31),
        [
            ("This year", "2026"),
            ("2024", "2024"),
            ("2023", "2023"),
            ("Wednesday", "2026-12-30"),
            ("summer", "2026-SU"),
            ("2003", "2003"),
            ("October", "2026-10"),
            ("The past 12 years", "P12Y"),
            ("mid-January", "2027-01"),
            ("this winter", "2026-WI"),
            ("next year", "2027"),
        ],
    ),
    (
        "climate-article-hurricane-lorna",
        "Hurricane Lorna strengthened to a Category 4 storm overnight, the US National Hurricane Center said "
        "on Saturday. It is expected to make landfall in Jamaica on Tuesday. The storm was moving slowly west "
        "on Saturday afternoon, with winds of 140mph. Officials in Kingston ordered the evacuation of "
        "low-lying areas from 6am on Sunday. The Atlantic hurricane season runs from June 1 to Nov. 30.",
        date(2025, 10, 25),
        [
            ("overnight", "2025-10-24TNI"),
            ("Saturday", "2025-10-25"),
            ("Tuesday", "2025-10-28"),
            ("Saturday afternoon", "2025-10-25TAF"),
            ("6am on Sunday", "2025-10-26T06:00"),
            ("June 1", "2025-06-01"),
            ("Nov. 30", "2025-11-30"),
        ],
    ),
    (
        "climate-article-swiss-glaciers",
        "Swiss glaciers lost 4% of their volume last year, the second-largest loss since measurements began "
        "in 1914, scientists said on Wednesday. The record loss, of 6%, came in 2022, after a dry spell and a "
        "long heatwave. Since 2000, the glaciers have shrunk by about 40%. The team surveyed 20 glaciers "
        "between late August and mid-September. Without deep cuts in emissions, most Alpine glaciers could "
        "disappear by the end of the century. The next survey will begin in August.",
        date(2025, 4, 16),
        [
            ("last year", "2024"),
            ("1914", "1914"),
            ("Wednesday", "2025-04-16"),
            ("2022", "2022"),
            ("2000", "2000"),
            ("late August", "2024-08"),
            ("mid-September", "2024-09"),
            ("the end of the century", "20"),
            ("August", "2025-08"),
        ],
    ),
    (
        "climate-article-storm-red-warning",
        "A rare red weather warning for wind is in force across Northern Ireland from 7am until 2pm on "
        "Friday. Gusts of up to 100mph were recorded at Mace Head in Ireland early on Friday morning. More "
        "than 700,000 homes lost power overnight. Schools will stay closed until Monday, the Education "
        "Authority said. A yellow warning for snow will be in force on Saturday, and another storm could "
        "arrive next week.",
        date(2025, 1, 24),
        [
            ("7am", "2025-01-24T07:00"),
            ("2pm on Friday", "2025-01-24T14:00"),
            ("Friday morning", "2025-01-24TMO"),
            ("overnight", "2025-01-23TNI"),
            ("Monday", "2025-01-27"),
            ("Saturday", "2025-01-25"),
            ("next week", "2025-W05"),
        ],
    ),
    (
        "climate-article-el-nino-returns",
        "El Nino conditions have returned to the tropical Pacific for the first time in seven years, US "
        "forecasters said on Thursday. The climate pattern is likely to strengthen through the winter, "
        "raising the chance that 2024 will break temperature records. The last strong El Nino, in 2015-16, "
        "helped make 2016 the hottest year in the record. Forecasters will issue their next update on July "
        "13.",
        date(2023, 6, 8),
        [
            ("seven years", "P7Y"),
            ("Thursday", "2023-06-08"),
            ("the winter", "2023-WI"),
            ("2024", "2024"),
            ("2015", "2015"),
            ("2016", "2016"),
            ("July 13", "2023-07-13"),
        ],
    ),
    (
        "climate-article-pakistan-floods",
        "Pakistan's floods have killed more than 1,100 people since mid-June, officials said on Tuesday. The "
        "country received nearly three times its usual rainfall in August. Sindh province has had 466% more "
        "rain than the 30-year average. The water is expected to take weeks to recede, and aid agencies "
        "warned of disease outbreaks in the coming days. The UN will launch an appeal for $160m in Islamabad "
        "on Wednesday.",
        date(2022, 8, 30),
        [
            ("mid-June", "2022-06"),
            ("Tuesday", "2022-08-30"),
            ("August", "2022-08"),
            ("30-year", "P30Y"),
            ("weeks", "PXW"),
            ("the coming days", "FUTURE_REF"),
            ("Wednesday", "2022-08-31"),
        ],
    ),
    (
        "climate-trap-living-memory",
        "The flood was the worst the town had seen in living memory.",
        date(2025, 11, 29),
        [],
    ),
    (
        "climate-overnight-future-highlands",
        "Temperatures will fall to minus 10C overnight in the Highlands.",
        date(2025, 12, 15),
        [("overnight", "2025-12-15TNI")],
    ),
    (
        "climate-no-rain-next-five-days",
        "The Met Office expects no rain for the next five days.",
        date(2025, 8, 12),
        [("the next five days", "P5D")],
    ),
    (
        "climate-article-uk-warmest-summer",
        "The UK has had its warmest summer since records began in 1884, the Met Office said on Monday. The "
        "mean temperature for June, July and August was 16.1C, beating the record set in 2018. June was the "
        "warmest on record for England, and four heatwaves hit the country between mid-June and mid-August. "
        "Rainfall was 25% below the 1991-2020 average. Hosepipe bans remain in force across five water "
        "companies, and some could last into next year. Forecasters expect heavy rain on Wednesday and "
        "Thursday.",
        date(2025, 9, 1),
        [
            ("summer", "2025-SU"),
            ("1884", "1884"),
            ("Monday", "2025-09-01"),
            ("June", "2025-06"),
            ("July", "2025-07"),
            ("August", "2025-08"),
            ("2018", "2018"),
            ("June", "2025-06"),
            ("mid-June", "2025-06"),
            ("mid-August", "2025-08"),
            ("1991", "1991"),
            ("2020", "2020"),
            ("next year", "2026"),
            ("Wednesday", "2025-09-03"),
            ("Thursday", "2025-09-04"),
        ],
    ),
    (
        "climate-article-death-valley-heat",
        "Death Valley reached 128F on Saturday, and forecasters expect similar heat through Tuesday. The "
        "temperature at Furnace Creek did not drop below 100F overnight. The valley holds the world record of "
        "134F, set on July 10, 1913. Las Vegas broke its all-time high of 117F at 4pm on Sunday, the National "
        "Weather Service said. An excessive heat warning remains in effect until 8pm on Friday.",
        date(2024, 7, 7),
        [
            ("Saturday", "2024-07-06"),
            ("Tuesday", "2024-07-09"),
            ("overnight", "2024-07-06TNI"),
            ("July 10, 1913", "1913-07-10"),
            ("4pm on Sunday", "2024-07-07T16:00"),
            ("8pm on Friday", "2024-07-12T20:00"),
        ],
    ),
    (
        "climate-article-arctic-ice-minimum",
        "Arctic sea ice stopped shrinking on Sept. 10, the US National Snow and Ice Data Center said on "
        "Tuesday. The extent was the 10th-lowest in the satellite record, which began in 1979. The 18 lowest "
        "extents have all occurred in the past 18 years. Ice is now re-forming and will reach its maximum in "
        "March. The centre will release a full analysis early next month.",
        date(2025, 9, 23),
        [
            ("Sept. 10", "2025-09-10"),
            ("Tuesday", "2025-09-23"),
            ("1979", "1979"),
            ("the past 18 years", "P18Y"),
            ("now", "PRESENT_REF"),
            ("March", "2026-03"),
            ("early next month", "2025-10"),
        ],
    ),
    # --- a twenty-eighth held-out batch: entertainment and culture, written blind ---
    (
        "culture-article-box-office-weekend",
        "Wicked: For Good topped the box office over the weekend, taking $150 million in North America. The "
        "musical sequel opened on Friday in 4,100 cinemas. The first film, released in November 2024, took "
        "$112 million on its debut. A rival animated sequel arrives in cinemas on Wednesday. The two films "
        "are expected to take more than $300 million by Sunday. Box office receipts this year are still 20% "
        "below 2019 levels. The sequel was shot back to back with the first film over 18 months in 2022 and "
        "2023. Its stars promoted it on a talk show on Thursday night.",
        date(2025, 11, 24),
        [
            ("the weekend", "2025-W47-WE"),
            ("Friday", "2025-11-21"),
            ("November 2024", "2024-11"),
            ("Wednesday", "2025-11-26"),
            ("Sunday", "2025-11-30"),
            ("this year", "2025"),
            ("2019", "2019"),
            ("18 months", "P18M"),
            ("2022", "2022"),
            ("2023", "2023"),
            ("Thursday night", "2025-11-20TNI"),
        ],
    ),
    (
        "culture-article-stadium-tour-announced",
        "The band announced on Wednesday a 30-date stadium tour, their first in a decade. The tour opens in "
        "Lisbon on May 22 and closes in Oslo on July 19. Tickets go on sale at 9am on Friday. The group last "
        'toured in 2016, a year after their fourth album. A new album is due out in April. "We have missed '
        'this for ten years," the singer said. Presale codes were emailed to fans yesterday.',
        date(2026, 1, 15),
        [
            ("Wednesday", "2026-01-14"),
            ("a decade", "P10Y"),
            ("May 22", "2026-05-22"),
            ("July 19", "2026-07-19"),
            ("9am on Friday", "2026-01-16T09:00"),
            ("2016", "2016"),
            ("a year", "P1Y"),
            ("April", "2026-04"),
            ("ten years", "P10Y"),
            ("yesterday", "2026-01-14"),
        ],
    ),
    (
        "culture-article-oscars-monday",
        "A Korean thriller won best picture at Sunday's Oscars, the first winner not in English since 2020. "
        "Its director, who turned 50 last month, thanked his late mother. The ceremony drew 19.5 million "
        "viewers, up from 18.1 million last year. The host said on stage that he would not return next year. "
        "The show ran for three hours and 40 minutes. Voting for next year's awards opens in January. The "
        "Baftas, held on Feb. 22, had already given it four awards.",
        date(2026, 3, 16),
        [
            ("Sunday", "2026-03-15"),
            ("2020", "2020"),
            ("last month", "2026-02"),
            ("last year", "2025"),
            ("next year", "2027"),
            ("three hours and 40 minutes", "PT3H40M"),
            ("next year", "2027"),
            ("January", "2027-01"),
            ("Feb. 22", "2026-02-22"),
        ],
    ),
    (
        "culture-article-tv-finale",
        "The final episode of the drama airs on Sunday night, closing the show's fifth season. The series "
        "began in 2019 and was renewed last year for one more run. Its stars filmed the finale in Belfast in "
        "the spring. The network said on Tuesday that a documentary about the making of the show would follow "
        "the finale. Episodes have aired every Sunday since August. A spin-off returns next year. The "
        "broadcaster will show the whole series again from Dec. 26.",
        date(2025, 10, 15),
        [
            ("Sunday night", "2025-10-19TNI"),
            ("2019", "2019"),
            ("last year", "2024"),
            ("the spring", "2025-SP"),
            ("Tuesday", "2025-10-14"),
            ("every Sunday", "XXXX-WXX-7"),
            ("August", "2025-08"),
            ("next year", "2026"),
            ("Dec. 26", "2025-12-26"),
        ],
    ),
    (
        "culture-article-festival-weekend",
        "The festival runs from Thursday to Sunday on the banks of the river. Headliners include a band "
        "playing its first show since 2015 and a singer whose debut album came out in 1996. Gates open at "
        "noon on Thursday, and the last act finishes at 11pm on Sunday. Last year the event sold out in 40 "
        "minutes. Organisers warned on Monday that rain will arrive over the weekend.",
        date(2026, 5, 26),
        [
            ("Thursday", "2026-05-28"),
            ("Sunday", "2026-05-31"),
            ("2015", "2015"),
            ("1996", "1996"),
            ("noon on Thursday", "2026-05-28T12:00"),
            ("11pm on Sunday", "2026-05-31T23:00"),
            ("Last year", "2025"),
            ("40 minutes", "PT40M"),
            ("Monday", "2026-05-25"),
            ("the weekend", "2026-W22-WE"),
        ],
    ),
    (
        "culture-article-jaws-anniversary",
        "Jaws returns to cinemas on Friday, 50 years after its release in 1975. The film opened on June 20, "
        "1975, and became the first to take $100 million in North America. A restored version played at the "
        "Venice festival last September. Universal will release a 4K edition in the autumn. The shoot "
        "famously ran 100 days over schedule. A documentary about the making of the film airs on Sunday "
        "night. Screenings begin at 11am on Friday and run through the weekend.",
        date(2025, 6, 20),
        [
            ("Friday", "2025-06-20"),
            ("50 years", "P50Y"),
            ("1975", "1975"),
            ("June 20, 1975", "1975-06-20"),
            ("last September", "2024-09"),
            ("the autumn", "2025-FA"),
            ("100 days", "P100D"),
            ("Sunday night", "2025-06-22TNI"),
            ("11am on Friday", "2025-06-20T11:00"),
            ("the weekend", "2025-W25-WE"),
        ],
    ),
    (
        "culture-article-holiday-box-office-week53",
        "Cinemas were packed this week as families flocked to holiday releases. The animated sequel took $40 "
        "million on Christmas Day alone. Its rival, a space western, opens in China on Jan. 9. Takings for "
        "2026 are 8% above last year's but still short of 2019. The studio has moved its next horror film to "
        "next week. Box office tracking resumes on Monday. Chinese cinemas reported record takings on Sunday.",
        date(2026, 12, 29),
        [
            ("this week", "2026-W53"),
            ("Christmas Day", "2026-12-25"),
            ("Jan. 9", "2027-01-09"),
            ("2026", "2026"),
            ("last year", "2025"),
            ("2019", "2019"),
            ("next week", "2027-W01"),
            ("Monday", "2027-01-04"),
            ("Sunday", "2026-12-27"),
        ],
    ),
    (
        "culture-article-new-year-number-one",
        "The third film in the science-fiction series topped the box office over the weekend. It has now "
        "spent three weeks at No. 1. It opened on Dec. 18 and passed $1 billion worldwide on New Year's Day. "
        "The first film, released in December 2009, remains the highest-grossing ever. A fourth film is "
        "scheduled for December 2029. The director said last month that he plans to start filming next year.",
        date(2027, 1, 4),
        [
            ("the weekend", "2026-W53-WE"),
            ("now", "PRESENT_REF"),
            ("three weeks", "P3W"),
            ("Dec. 18", "2026-12-18"),
            ("New Year's Day", "2027-01-01"),
            ("December 2009", "2009-12"),
            ("December 2029", "2029-12"),
            ("last month", "2026-12"),
            ("next year", "2028"),
        ],
    ),
    (
        "culture-article-leap-day-album",
        "The singer released her 11th album today, her first since 2021. She announced it at the Grammys in "
        "February. Its lead single has topped the chart for six weeks. A world tour opens in Lisbon on May 9 "
        "and ends in Tokyo on Nov. 30. Fans queued outside record shops from yesterday afternoon. Her label "
        "said it would ship the vinyl edition next month. Her previous album sold 1.2 million copies in "
        "October 2022.",
        date(2024, 2, 29),
        [
            ("today", "2024-02-29"),
            ("2021", "2021"),
            ("February", "2024-02"),
            ("six weeks", "P6W"),
            ("May 9", "2024-05-09"),
            ("Nov. 30", "2024-11-30"),
            ("yesterday afternoon", "2024-02-28TAF"),
            ("next month", "2024-03"),
            ("October 2022", "2022-10"),
        ],
    ),
    (
        "culture-article-sequel-delayed",
        "The long-delayed sequel, now set for 2027, has lost its director, the studio confirmed on Tuesday. "
        "Filming will start in the autumn of 2026 with a new director. The first film came out in 2012, and "
        "the sequel was announced in 2019. It was originally due in cinemas in December 2024. The studio has "
        "delayed three other films this year. The director had worked on the script for four years. Shares in "
        "the studio fell 3% on Tuesday afternoon.",
        date(2025, 9, 17),
        [
            ("now", "PRESENT_REF"),
            ("2027", "2027"),
            ("Tuesday", "2025-09-16"),
            ("the autumn of 2026", "2026-FA"),
            ("2012", "2012"),
            ("2019", "2019"),
            ("December 2024", "2024-12"),
            ("this year", "2025"),
            ("four years", "P4Y"),
            ("Tuesday afternoon", "2025-09-16TAF"),
        ],
    ),
    (
        "culture-article-album-new-year",
        "The band's album, due out in March, will be their first in six years. The lead single was released "
        "today. They last played live in 2019 and split the following year. The band reunited last month for "
        "a surprise show in Manchester on Dec. 20. A tour opens in Glasgow in April. Tickets for the tour "
        "went on sale on New Year's Eve.",
        date(2026, 1, 2),
        [
            ("March", "2026-03"),
            ("six years", "P6Y"),
            ("today", "2026-01-02"),
            ("2019", "2019"),
            ("the following year", "2020"),
            ("last month", "2025-12"),
            ("Dec. 20", "2025-12-20"),
            ("April", "2026-04"),
            ("New Year's Eve", "2025-12-31"),
        ],
    ),
    (
        "culture-article-sitcom-final-series",
        "The comedy returns for its final series at 9pm on Monday. The first series aired in 2011. Its writer "
        "said last week that the last episode was filmed in October. New episodes will be released every "
        "Monday until March 16. Rugby coverage will move the second episode to Tuesday. Ratings for the last "
        "series peaked in the winter of 2024.",
        date(2026, 2, 7),
        [
            ("9pm on Monday", "2026-02-09T21:00"),
            ("2011", "2011"),
            ("last week", "2026-W05"),
            ("October", "2025-10"),
            ("every Monday", "XXXX-WXX-1"),
            ("March 16", "2026-03-16"),
            ("Tuesday", "2026-02-10"),
            ("the winter of 2024", "2024-WI"),
        ],
    ),
    (
        "culture-article-grammys-night",
        "The rapper won album of the year at the Grammys on Sunday night. The ceremony in Los Angeles ran for "
        "three hours. Last year's winner did not attend. The singer, who released the album in January 2025, "
        "begins a world tour in San Juan on Friday. Nominations for the Oscars were announced last month, and "
        "the ceremony is on March 15. The Brit Awards follow on Feb. 28.",
        date(2026, 2, 2),
        [
            ("Sunday night", "2026-02-01TNI"),
            ("three hours", "PT3H"),
            ("Last year", "2025"),
            ("January 2025", "2025-01"),
            ("Friday", "2026-02-06"),
            ("last month", "2026-01"),
            ("March 15", "2026-03-15"),
            ("Feb. 28", "2026-02-28"),
        ],
    ),
    (
        "culture-article-streaming-return",
        "The streaming service said on Wednesday that its biggest series returns on July 4 for a third "
        "season. The second season, released in December 2024, was watched by 80 million households within "
        "three months. Filming wrapped last summer in Budapest. All eight episodes will be released at once, "
        "at 3am. The service's share price has risen 30% since January. A spin-off is planned for 2028. The "
        "trailer will be released on Monday morning.",
        date(2026, 4, 23),
        [
            ("Wednesday", "2026-04-22"),
            ("July 4", "2026-07-04"),
            ("December 2024", "2024-12"),
            ("three months", "P3M"),
            ("last summer", "2025-SU"),
            ("3am", "2026-07-04T03:00"),
            ("January", "2026-01"),
            ("2028", "2028"),
            ("Monday morning", "2026-04-27TMO"),
        ],
    ),
    (
        "culture-title-friday-night-dinner-repeat",
        "Channel 4 will repeat every episode of Friday Night Dinner from Monday.",
        date(2025, 10, 15),
        [("Monday", "2025-10-20")],
    ),
    (
        "culture-title-yesterday-film",
        "Danny Boyle's Yesterday, about a world that has forgotten the Beatles, was released in June 2019.",
        date(2025, 3, 3),
        [("June 2019", "2019-06")],
    ),
    (
        "culture-title-day-after-tomorrow-screening",
        "The Day After Tomorrow, the 2004 disaster film, screens at the Barbican on Saturday.",
        date(2024, 2, 29),
        [("2004", "2004"), ("Saturday", "2024-03-02")],
    ),
    (
        "culture-title-summer-of-soul",
        "Summer of Soul, Questlove's film about a 1969 Harlem festival, won the Oscar for best documentary in 2022.",
        date(2026, 6, 10),
        [("1969", "1969"), ("2022", "2022")],
    ),
    (
        "culture-title-1989-taylors-version",
        "1989 (Taylor's Version) came out on Oct. 27, 2023, nine years after the original.",
        date(2025, 11, 21),
        [("Oct. 27, 2023", "2023-10-27"), ("nine years", "P9Y")],
    ),
    (
        "culture-title-tuesdays-with-morrie-stage",
        "A stage version of Tuesdays with Morrie opens in the West End on Thursday.",
        date(2026, 3, 16),
        [("Thursday", "2026-03-19")],
    ),
    (
        "culture-title-snl-new-season",
        "Saturday Night Live opens its 51st season on Oct. 4 with a new cast.",
        date(2025, 9, 17),
        [("Oct. 4", "2025-10-04")],
    ),
    (
        "culture-title-monday-mornings-cancelled",
        "Monday Mornings, the hospital drama, was cancelled in 2013 after one season.",
        date(2026, 4, 23),
        [("2013", "2013")],
    ),
    (
        "culture-title-succession-ended",
        "Succession ended its run in May 2023 after four seasons.",
        date(2025, 3, 3),
        [("May 2023", "2023-05")],
    ),
    (
        "culture-title-night-at-the-opera-reissue",
        "Queen's A Night at the Opera, released in November 1975, is reissued on Friday.",
        date(2025, 11, 24),
        [("November 1975", "1975-11"), ("Friday", "2025-11-28")],
    ),
    (
        "culture-title-sunday-bloody-sunday",
        "U2 opened with Sunday Bloody Sunday at the stadium last night.",
        date(2026, 8, 1),
        [("last night", "2026-07-31TNI")],
    ),
    (
        "culture-title-tomorrow-and-tomorrow-adaptation",
        "Tomorrow, and Tomorrow, and Tomorrow, the bestselling novel, is being adapted for the screen this year.",
        date(2025, 3, 3),
        [("this year", "2025")],
    ),
    (
        "culture-title-twelfth-night-stratford",
        "The RSC's Twelfth Night opens in Stratford on April 2.",
        date(2026, 3, 16),
        [("April 2", "2026-04-02")],
    ),
    (
        "culture-title-snl-fifty-years",
        "Saturday Night Live marked 50 years on air in February with a special in New York.",
        date(2025, 3, 3),
        [("50 years", "P50Y"), ("February", "2025-02")],
    ),
    (
        "culture-oscars-possessive-future",
        "The actress is expected to win best actress at Sunday's Oscars.",
        date(2026, 3, 11),
        [("Sunday", "2026-03-15")],
    ),
    (
        "culture-grammys-february-year-end",
        "The rapper will perform at the Grammys in February.",
        date(2025, 12, 31),
        [("February", "2026-02")],
    ),
    (
        "culture-arrives-in-cinemas-nov21",
        "The film, which premiered in Venice in September, arrives in cinemas on Nov. 21.",
        date(2025, 10, 15),
        [("September", "2025-09"), ("Nov. 21", "2025-11-21")],
    ),
    (
        "culture-will-stream-from-friday",
        "The series will stream on Netflix from Friday.",
        date(2025, 11, 24),
        [("Friday", "2025-11-28")],
    ),
    (
        "culture-first-show-in-a-decade",
        "The band played its first show in a decade on Saturday night in Sheffield.",
        date(2025, 3, 3),
        [("a decade", "P10Y"), ("Saturday night", "2025-03-01TNI")],
    ),
    (
        "culture-fifth-season-returns-next-year",
        "The show's fifth season was its most-watched, and it returns next year.",
        date(2026, 10, 18),
        [("next year", "2027")],
    ),
    (
        "culture-final-episode-sunday-paper",
        "The final episode airs on Sunday night.",
        date(2026, 10, 18),
        [("Sunday night", "2026-10-18TNI")],
    ),
    (
        "culture-festival-thursday-to-sunday-friday-paper",
        "The festival runs from Thursday to Sunday.",
        date(2025, 7, 11),
        [("Thursday", "2025-07-10"), ("Sunday", "2025-07-13")],
    ),
    (
        "culture-this-summers-festivals",
        "This summer's festivals have sold fewer tickets than in 2024.",
        date(2025, 7, 11),
        [("This summer", "2025-SU"), ("2024", "2024")],
    ),
    (
        "culture-wembley-run-day-span",
        "The band plays Wembley Stadium from Sept. 5 to 7.",
        date(2026, 6, 10),
        [("Sept. 5", "2026-09-05"), ("7", "2026-09-07")],
    ),
    (
        "culture-cinema-refurbishment-christmas-eve",
        "The Odeon closes for refurbishment on Christmas Eve and reopens in the spring.",
        date(2026, 8, 1),
        [("Christmas Eve", "2026-12-24"), ("the spring", "2027-SP")],
    ),
    (
        "culture-eurovision-may",
        "Vienna hosts Eurovision in May, 11 years after it last staged the contest.",
        date(2026, 2, 7),
        [("May", "2026-05"), ("11 years", "P11Y")],
    ),
    (
        "culture-director-quote-monday",
        '"We start shooting on Monday," the director said on Thursday.',
        date(2026, 2, 7),
        [("Monday", "2026-02-09"), ("Thursday", "2026-02-05")],
    ),
    (
        "culture-sitcom-reunion-decade-ago",
        "The sitcom ended a decade ago and its cast reunited in 2024 for a one-off special.",
        date(2026, 4, 23),
        [("a decade ago", "2016"), ("2024", "2024")],
    ),
    (
        "culture-nineties-boy-band-autumn",
        "The boy band, which topped the charts in the 1990s and split in 1999, is back on tour this autumn.",
        date(2026, 6, 10),
        [("the 1990s", "199"), ("1999", "1999"), ("this autumn", "2026-FA")],
    ),
    (
        "culture-trailer-next-week-year-boundary",
        "The sequel's trailer will be released next week.",
        date(2026, 12, 29),
        [("next week", "2027-W01")],
    ),
    (
        "culture-bowie-exhibition-leap-day",
        "The museum's Bowie exhibition opens today and runs until Aug. 31.",
        date(2028, 2, 29),
        [("today", "2028-02-29"), ("Aug. 31", "2028-08-31")],
    ),
    (
        "culture-emmys-next-spring",
        "The drama, which won six Emmys in September, begins filming its second series next spring.",
        date(2025, 10, 15),
        [("September", "2025-09"), ("next spring", "2026-SP")],
    ),
    (
        "culture-gig-postponed-moved",
        "The singer's Glasgow show, postponed on Monday because of illness, has been moved to Nov. 3.",
        date(2025, 9, 17),
        [("Monday", "2025-09-15"), ("Nov. 3", "2025-11-03")],
    ),
    (
        "culture-west-end-run-extended",
        "The musical's West End run has been extended until January 2027.",
        date(2026, 6, 10),
        [("January 2027", "2027-01")],
    ),
    (
        "culture-exhibition-span-across-year",
        "The exhibition runs from Oct. 10 to Feb. 22.",
        date(2026, 8, 1),
        [("Oct. 10", "2026-10-10"), ("Feb. 22", "2027-02-22")],
    ),
    (
        "culture-previews-thursday-night",
        "The film took $12 million from previews on Thursday night before opening on Friday.",
        date(2026, 10, 18),
        [("Thursday night", "2026-10-15TNI"), ("Friday", "2026-10-16")],
    ),
    (
        "culture-tour-dates-list",
        "The band plays Dublin on June 3 and 4 and London on June 12.",
        date(2026, 2, 7),
        [("June 3", "2026-06-03"), ("4", "2026-06-04"), ("June 12", "2026-06-12")],
    ),
    (
        "culture-broadway-previews-opening",
        "Previews begin on March 20, and the show opens on April 9 and closes in August.",
        date(2026, 1, 15),
        [("March 20", "2026-03-20"), ("April 9", "2026-04-09"), ("August", "2026-08")],
    ),
    # --- a twenty-ninth held-out batch: US local news, written blind ---
    (
        "local-council-voted-5-2-monday",
        "The City Council voted 5-2 Monday to approve the new zoning map for Ward 3.",
        date(2025, 12, 9),
        [("Monday", "2025-12-08")],
    ),
    (
        "local-board-vote-at-dec-9-meeting",
        "The school board will vote on next year's calendar at its Dec. 9 meeting.",
        date(2025, 11, 5),
        [("next year", "2026"), ("Dec. 9", "2025-12-09")],
    ),
    (
        "local-tuesday-nights-meeting-tabled",
        "At Tuesday night's meeting, commissioners tabled the rezoning request for a second time.",
        date(2024, 2, 29),
        [("Tuesday night", "2024-02-27TNI")],
    ),
    (
        "local-hearing-set-tuesday-dec-9",
        "The hearing is set for Tuesday, Dec. 9, at City Hall.",
        date(2025, 12, 1),
        [("Tuesday, Dec. 9", "2025-12-09")],
    ),
    (
        "local-council-met-tuesday-dec-9-two-hours",
        "The council met Tuesday, Dec. 9, in closed session for two hours.",
        date(2025, 12, 10),
        [("Tuesday, Dec. 9", "2025-12-09"), ("two hours", "PT2H")],
    ),
    (
        "local-meeting-moved-to-thursday-dec-18",
        "The Planning Commission meeting has been moved to Thursday, Dec. 18, because of the holiday schedule.",
        date(2025, 12, 9),
        [("Thursday, Dec. 18", "2025-12-18")],
    ),
    (
        "local-board-skips-week-reconvenes-dec-3",
        "The school board did not meet this week and will reconvene Dec. 3.",
        date(2026, 11, 26),
        [("this week", "2026-W48"), ("Dec. 3", "2026-12-03")],
    ),
    (
        "local-budget-last-week-year-boundary",
        "The council approved the 2026 budget last week after three public hearings.",
        date(2025, 12, 29),
        [("2026", "2026"), ("last week", "2025-W52")],
    ),
    (
        "local-nov-4-election-levy",
        "Voters will decide the library levy in the Nov. 4 election.",
        date(2025, 9, 23),
        [("Nov. 4", "2025-11-04")],
    ),
    (
        "local-early-voting-runs-through-saturday",
        "Early voting runs through Saturday at the county elections office.",
        date(2026, 10, 29),
        [("Saturday", "2026-10-31")],
    ),
    (
        "local-polls-open-7-to-8-tuesday",
        "Polls are open 7 a.m. to 8 p.m. Tuesday, and voters must bring a photo ID.",
        date(2026, 11, 2),
        [("7 a.m.", "2026-11-03T07:00"), ("8 p.m. Tuesday", "2026-11-03T20:00")],
    ),
    (
        "local-recall-60-days",
        "Organizers have 60 days to collect signatures for the recall petition.",
        date(2027, 1, 1),
        [("60 days", "P60D")],
    ),
    (
        "local-shots-fired-2-30-am-sunday",
        "Officers were called to the 400 block of Main Street at 2:30 a.m. Sunday after a report of shots fired.",
        date(2024, 9, 30),
        [("2:30 a.m. Sunday", "2024-09-29T02:30")],
    ),
    (
        "local-barn-fire-late-friday",
        "A fire late Friday destroyed a barn on County Road 12, the fire chief said.",
        date(2025, 8, 3),
        [("Friday", "2025-08-01")],
    ),
    (
        "local-chase-early-saturday-morning",
        "Deputies arrested a Dover man early Saturday morning after a chase on Interstate 95.",
        date(2025, 6, 14),
        [("Saturday morning", "2025-06-14TMO")],
    ),
    (
        "local-house-fire-shortly-after-midnight",
        "Crews from Station 12 were dispatched shortly after midnight to a house fire on Elm Street.",
        date(2026, 7, 8),
        [("midnight", "2026-07-07T24:00")],
    ),
    (
        "local-sentenced-thursday-12-years",
        "A Millville man was sentenced Thursday to 12 years in prison for the 2023 robbery of a gas station "
        "on Route 47.",
        date(2026, 3, 20),
        [("Thursday", "2026-03-19"), ("12 years", "P12Y"), ("2023", "2023")],
    ),
    (
        "local-interstate-reopened-about-four-hours",
        "Both lanes of Interstate 95 reopened about four hours after the crash.",
        date(2025, 3, 3),
        [("about four hours", "PT4H")],
    ),
    (
        "local-highway-101-beginning-monday",
        "Lane closures on Highway 101 will begin Monday and last through the end of the month, weather permitting.",
        date(2026, 3, 20),
        [("Monday", "2026-03-23"), ("the end of the month", "2026-03")],
    ),
    (
        "local-elm-street-closed-until-friday",
        "Elm Street is closed between Route 9 and Third Avenue until Friday.",
        date(2025, 9, 23),
        [("Friday", "2025-09-26")],
    ),
    (
        "local-leaf-collection-oct-14-through-dec-6",
        "Curbside leaf collection begins Oct. 14 and runs through Dec. 6.",
        date(2024, 9, 30),
        [("Oct. 14", "2024-10-14"), ("Dec. 6", "2024-12-06")],
    ),
    (
        "local-hydrants-april-21-to-may-9",
        "The Water Department will flush hydrants in Ward 2 from April 21 to May 9.",
        date(2025, 4, 16),
        [("April 21", "2025-04-21"), ("May 9", "2025-05-09")],
    ),
    (
        "local-fair-thursday-through-sunday-friday-paper",
        "The county fair runs Thursday through Sunday at the fairgrounds.",
        date(2025, 8, 8),
        [("Thursday", "2025-08-07"), ("Sunday", "2025-08-10")],
    ),
    (
        "local-book-sale-10-to-4-saturday",
        "The Friends of the Library book sale is from 10 a.m. to 4 p.m. Saturday in the community room.",
        date(2026, 7, 8),
        [("10 a.m.", "2026-07-11T10:00"), ("4 p.m. Saturday", "2026-07-11T16:00")],
    ),
    (
        "local-band-every-tuesday-this-summer",
        "The town band plays free concerts in Memorial Park every Tuesday this summer.",
        date(2025, 6, 2),
        [("every Tuesday", "XXXX-WXX-2"), ("this summer", "2025-SU")],
    ),
    (
        "local-parade-11-am-saturday-march-9-leap",
        "The Shamrock Parade steps off at 11 a.m. Saturday, March 9, from the courthouse.",
        date(2024, 2, 29),
        [("11 a.m. Saturday, March 9", "2024-03-09T11:00")],
    ),
    (
        "local-harvest-festival-oct-3-4",
        "The Apple Harvest Festival is Oct. 3-4 on the town green.",
        date(2026, 9, 14),
        [("Oct. 3", "2026-10-03"), ("4", "2026-10-04")],
    ),
    (
        "local-abatement-expired-sept-30-2024",
        "The township's tax abatement expired Sept. 30, 2024, officials said.",
        date(2024, 10, 15),
        [("Sept. 30, 2024", "2024-09-30")],
    ),
    (
        "local-applications-due-monday-sept-30-2024",
        "Applications for the grant were due Monday, Sept. 30, 2024.",
        date(2025, 3, 3),
        [("Monday, Sept. 30, 2024", "2024-09-30")],
    ),
    (
        "local-class-of-2026-this-spring",
        "Members of the Class of 2026 will pick their senior project topics this spring.",
        date(2025, 1, 2),
        [("2026", "2026"), ("this spring", "2025-SP")],
    ),
    (
        "local-no-tax-raise-since-2019",
        "The district has not raised property taxes since 2019.",
        date(2025, 1, 2),
        [("2019", "2019")],
    ),
    (
        "local-trap-route-9-highway-101",
        "The crash closed Route 9 between Exit 4 and the Highway 101 interchange.",
        date(2025, 5, 7),
        [],
    ),
    (
        "local-trap-unit-4-station-12",
        "Engine 7 and Unit 4 from Station 12 responded to the call.",
        date(2025, 5, 7),
        [],
    ),
    ("local-trap-5-2-vote-ward-3", "The 5-2 vote sends the proposal to the Ward 3 committee.", date(2025, 5, 7), []),
    (
        "local-article-water-rates-council",
        "The Millbrook City Council voted 5-2 Monday to raise water rates by 8% starting Jan. 1. Council "
        "members Ana Ruiz and Tom Baker voted against the increase. Rates were last raised in 2021. The "
        "average household will pay about $4 more each month. The council will take up the sewer budget at "
        "its Nov. 17 meeting. Residents can comment at a public hearing at 6 p.m. Nov. 12 in the council "
        "chambers.",
        date(2025, 11, 5),
        [
            ("Monday", "2025-11-03"),
            ("Jan. 1", "2026-01-01"),
            ("2021", "2021"),
            ("each month", "P1M"),
            ("Nov. 17", "2025-11-17"),
            ("6 p.m. Nov. 12", "2025-11-12T18:00"),
        ],
    ),
    (
        "local-article-school-start-times",
        "The Harmon County Board of Education will vote on a new start-time plan at its Dec. 16 meeting. "
        "Under the proposal, high schools will move their first bell back by 50 minutes starting in August. "
        "Parents packed last Thursday's hearing on the plan, which lasted nearly three hours. The district "
        "last changed bell times in 2014. Superintendent Lisa Grant said the board could delay the vote until "
        "January if members want more data. Board members will hold two more listening sessions, on Thursday "
        "and Saturday. The change would not affect the Class of 2026.",
        date(2025, 12, 9),
        [
            ("Dec. 16", "2025-12-16"),
            ("50 minutes", "PT50M"),
            ("August", "2026-08"),
            ("last Thursday", "2025-12-04"),
            ("nearly three hours", "PT3H"),
            ("2014", "2014"),
            ("January", "2026-01"),
            ("Thursday", "2025-12-11"),
            ("Saturday", "2025-12-13"),
            ("2026", "2026"),
        ],
    ),
    (
        "local-article-police-brief-route-9",
        "A Carver man was charged with drunken driving after his car struck a utility pole on Route 9 at 1:45 "
        "a.m. Sunday. Police said the driver was not hurt, but power was out to about 300 homes until late "
        "Sunday afternoon. In a separate incident late Saturday, someone threw a rock through the window of a "
        "Main Street bakery. The driver is due in Municipal Court on Oct. 8. It was his second arrest since "
        "June.",
        date(2024, 9, 30),
        [
            ("1:45 a.m. Sunday", "2024-09-29T01:45"),
            ("Sunday afternoon", "2024-09-29TAF"),
            ("Saturday", "2024-09-28"),
            ("Oct. 8", "2024-10-08"),
            ("June", "2024-06"),
        ],
    ),
    (
        "local-article-highway-101-repaving",
        "Crews will begin repaving a two-mile stretch of Highway 101 on Monday. The project should be "
        "finished by the end of April, weather permitting. The state Department of Transportation last "
        "resurfaced the road in 2009. A similar project on Interstate 95 last summer ran three weeks over "
        "schedule. Drivers should expect delays on the Exit 12 ramp through the end of the month.",
        date(2026, 3, 20),
        [
            ("Monday", "2026-03-23"),
            ("the end of April", "2026-04"),
            ("2009", "2009"),
            ("last summer", "2025-SU"),
            ("three weeks", "P3W"),
            ("the end of the month", "2026-03"),
        ],
    ),
    (
        "local-article-ward-3-election-preview",
        "Voters in Ward 3 will choose a new council member in Tuesday's election. Polls are open 7 a.m. to 8 "
        "p.m. at the Lincoln Elementary School gym. Early voting ended Saturday, with 2,140 ballots cast, the "
        "county clerk said. Mail ballots must be postmarked by Tuesday and received by Nov. 10. The seat has "
        "been vacant since September, when council member Joe Park resigned. Results will be posted on the "
        "county website after 9 p.m. Tuesday. The winner will serve until January 2029.",
        date(2026, 11, 2),
        [
            ("Tuesday", "2026-11-03"),
            ("7 a.m.", "2026-11-03T07:00"),
            ("8 p.m.", "2026-11-03T20:00"),
            ("Saturday", "2026-10-31"),
            ("Tuesday", "2026-11-03"),
            ("Nov. 10", "2026-11-10"),
            ("September", "2026-09"),
            ("9 p.m. Tuesday", "2026-11-03T21:00"),
            ("January 2029", "2029-01"),
        ],
    ),
    (
        "local-article-warehouse-fire",
        "Fire destroyed a vacant warehouse on Industrial Drive early Saturday morning. Crews from Station 12 "
        "and Station 4 were called at 3:10 a.m. and fought the flames for more than five hours, Fire Chief "
        "Dan Moss said. No one was hurt. The building had been empty since 2018. A state fire marshal will "
        "inspect the site Monday. Industrial Drive will remain closed until Tuesday.",
        date(2025, 8, 3),
        [
            ("Saturday morning", "2025-08-02TMO"),
            ("3:10 a.m.", "2025-08-02T03:10"),
            ("more than five hours", "PT5H"),
            ("2018", "2018"),
            ("Monday", "2025-08-04"),
            ("Tuesday", "2025-08-05"),
        ],
    ),
    (
        "local-article-county-fair",
        "The 112th Harmon County Fair runs Thursday through Sunday at the fairgrounds on Route 30. Gates open "
        "at 9 a.m. Thursday, and the midway opens at noon. The demolition derby starts at 7 p.m. Saturday in "
        "the grandstand. Admission is $10, and children under 12 get in free on Friday. Last year's fair drew "
        "48,000 visitors despite two days of rain. The fair dates to 1914.",
        date(2026, 7, 8),
        [
            ("Thursday", "2026-07-09"),
            ("Sunday", "2026-07-12"),
            ("9 a.m. Thursday", "2026-07-09T09:00"),
            ("noon", "2026-07-09T12:00"),
            ("7 p.m. Saturday", "2026-07-11T19:00"),
            ("Friday", "2026-07-10"),
            ("Last year", "2025"),
            ("two days", "P2D"),
            ("1914", "1914"),
        ],
    ),
    (
        "local-article-holiday-schedule-week-53",
        "City offices will close at noon Thursday and stay closed Friday for the holiday. Trash and recycling "
        "collection will run one day late this week. Christmas trees will be picked up at the curb through "
        "Jan. 15. Parking meters downtown are free until Monday, Jan. 4. The council's first meeting of 2027 "
        "is at 7 p.m. Tuesday, Jan. 5.",
        date(2026, 12, 28),
        [
            ("noon Thursday", "2026-12-31T12:00"),
            ("Friday", "2027-01-01"),
            ("one day", "P1D"),
            ("this week", "2026-W53"),
            ("Jan. 15", "2027-01-15"),
            ("Monday, Jan. 4", "2027-01-04"),
            ("2027", "2027"),
            ("7 p.m. Tuesday, Jan. 5", "2027-01-05T19:00"),
        ],
    ),
    (
        "local-article-leap-day-school-delay",
        "Harmon schools opened two hours late Tuesday because of icy roads. Buses ran on a delayed schedule, "
        "Superintendent Lisa Grant said. It was the district's fourth delay since January and its sixth this "
        "winter. Any more closures will be made up on Friday, March 31. The board will discuss extending the "
        "school year into June at its March 14 meeting.",
        date(2028, 2, 29),
        [
            ("two hours", "PT2H"),
            ("Tuesday", "2028-02-29"),
            ("January", "2028-01"),
            ("this winter", "2027-WI"),
            ("Friday, March 31", "2028-03-31"),
            ("June", "2028-06"),
            ("March 14", "2028-03-14"),
        ],
    ),
    (
        "local-article-treasurer-pleads-guilty",
        "A former Ward 3 council member pleaded guilty Monday to stealing $42,000 from a youth baseball "
        "league. Prosecutors said Ray Dunn took the money between 2019 and 2023 while he was the league's "
        "treasurer. He faces a maximum of 10 years in prison. Sentencing is set for March 20. Dunn, 61, "
        "resigned from the council in November. The league said it has repaid its umpires for the 2024 "
        "season.",
        date(2025, 1, 2),
        [
            ("Monday", "2024-12-30"),
            ("2019", "2019"),
            ("2023", "2023"),
            ("10 years", "P10Y"),
            ("March 20", "2025-03-20"),
            ("November", "2024-11"),
            ("2024", "2024"),
        ],
    ),
    (
        "local-article-library-children",
        "The library's reading challenge for children begins Monday, June 9. Story time returns to the "
        "children's room every Tuesday this summer. A magic show is planned for 2 p.m. Saturday, June 14. The "
        "library will be closed Friday, July 4. Children who read 20 books by Aug. 15 win a pass to the "
        "county fair. Last summer, more than 600 children signed up.",
        date(2025, 6, 2),
        [
            ("Monday, June 9", "2025-06-09"),
            ("every Tuesday", "XXXX-WXX-2"),
            ("this summer", "2025-SU"),
            ("2 p.m. Saturday, June 14", "2025-06-14T14:00"),
            ("Friday, July 4", "2025-07-04"),
            ("Aug. 15", "2025-08-15"),
            ("Last summer", "2024-SU"),
        ],
    ),
    (
        "local-article-township-budget-week-53",
        "The Carver Township committee will adopt its 2021 budget at its Jan. 12 meeting. The $14.2 million "
        "spending plan keeps the tax rate at its 2020 level. Committee members introduced the budget at their "
        "Dec. 17 meeting after five workshops this fall. A public hearing will follow at 7 p.m. on Jan. 26. "
        "The township last raised taxes in 2017.",
        date(2020, 12, 31),
        [
            ("2021", "2021"),
            ("Jan. 12", "2021-01-12"),
            ("2020", "2020"),
            ("Dec. 17", "2020-12-17"),
            ("this fall", "2020-FA"),
            ("7 p.m. on Jan. 26", "2021-01-26T19:00"),
            ("2017", "2017"),
        ],
    ),
    (
        "local-article-water-main-break",
        "A water main break flooded part of Market Street shortly after 6 a.m. Friday. Residents were "
        "notified by automated phone calls Friday morning. Crews replaced a 12-inch section of pipe that was "
        "installed in 1958. Market Street reopened at 11 p.m., but a boil-water advisory remains in effect "
        "through Monday. It was the third break on the street since October. The council will consider a $3 "
        "million pipe replacement plan on Jan. 13.",
        date(2026, 1, 3),
        [
            ("6 a.m. Friday", "2026-01-02T06:00"),
            ("Friday morning", "2026-01-02TMO"),
            ("1958", "1958"),
            ("11 p.m.", "2026-01-02T23:00"),
            ("Monday", "2026-01-05"),
            ("October", "2025-10"),
            ("Jan. 13", "2026-01-13"),
        ],
    ),
    (
        "local-article-short-term-rental-moratorium",
        "At Monday night's meeting, the council approved a six-month moratorium on new short-term rentals. "
        "The vote was 4-3. The moratorium takes effect Nov. 1 and expires April 30 unless the council extends "
        "it. Council member Sara Lind, who proposed the pause in August, said the city needs time to write "
        "rules. The planning board will draft an ordinance over the next three months. A public workshop is "
        "scheduled for 6:30 p.m. Oct. 22 at the senior center.",
        date(2026, 10, 13),
        [
            ("Monday night", "2026-10-12TNI"),
            ("six-month", "P6M"),
            ("Nov. 1", "2026-11-01"),
            ("April 30", "2027-04-30"),
            ("August", "2026-08"),
            ("the next three months", "P3M"),
            ("6:30 p.m. Oct. 22", "2026-10-22T18:30"),
        ],
    ),
    (
        "local-article-weekend-burglaries-new-week",
        "Police are investigating two burglaries reported over the weekend in the Ward 3 neighborhood. In the "
        "first, a resident of Oak Street returned home at 9 p.m. Saturday to find a back door forced open. "
        "The second was reported at 7:40 a.m. Sunday at a business on Route 9. Electronics and jewelry were "
        "taken in both cases. Police said a similar string of break-ins happened in December 2024. Officers "
        "will add patrols in the area through New Year's Eve.",
        date(2025, 12, 29),
        [
            ("the weekend", "2025-W52-WE"),
            ("9 p.m. Saturday", "2025-12-27T21:00"),
            ("7:40 a.m. Sunday", "2025-12-28T07:40"),
            ("December 2024", "2024-12"),
            ("New Year's Eve", "2025-12-31"),
        ],
    ),
    (
        "local-article-senior-center-flu-clinic",
        "The county health department will hold a free flu shot clinic from 9 a.m. to noon Wednesday at the "
        "senior center. A second clinic is planned for Oct. 29 at Harmon High School. Last fall, about 1,100 "
        "residents got shots at the clinics. Appointments are not required, but residents should allow about "
        "30 minutes. The department began offering the clinics in 2009.",
        date(2025, 10, 13),
        [
            ("9 a.m.", "2025-10-15T09:00"),
            ("noon Wednesday", "2025-10-15T12:00"),
            ("Oct. 29", "2025-10-29"),
            ("Last fall", "2024-FA"),
            ("about 30 minutes", "PT30M"),
            ("2009", "2009"),
        ],
    ),
    (
        "local-vote-postponed-until-jan-13",
        "The council postponed the vote on the parking plan until Jan. 13.",
        date(2025, 12, 16),
        [("Jan. 13", "2026-01-13")],
    ),
    (
        "local-head-on-crash-early-sunday",
        "Two people were hurt in a head-on crash on Route 9 early Sunday.",
        date(2025, 9, 23),
        [("Sunday", "2025-09-21")],
    ),
    (
        "local-early-voting-oct-19-to-nov-2",
        "Early voting begins Oct. 19 and ends Nov. 2 ahead of the Nov. 5 election.",
        date(2024, 10, 9),
        [("Oct. 19", "2024-10-19"), ("Nov. 2", "2024-11-02"), ("Nov. 5", "2024-11-05")],
    ),
    (
        "local-article-snow-emergency-sunday-paper",
        "The city will declare a snow emergency beginning at 6 p.m. Monday, Public Works Director Carl Ames "
        "said Saturday. The National Weather Service expects 6 to 10 inches of snow by Tuesday morning. Cars "
        "left on snow routes after 6 p.m. Monday will be towed. Schools will be closed Monday, the district "
        "announced Saturday. The city spent $1.2 million on snow removal last year.",
        date(2025, 2, 16),
        [
            ("6 p.m. Monday", "2025-02-17T18:00"),
            ("Saturday", "2025-02-15"),
            ("Tuesday morning", "2025-02-18TMO"),
            ("6 p.m. Monday", "2025-02-17T18:00"),
            ("Monday", "2025-02-17"),
            ("Saturday", "2025-02-15"),
            ("last year", "2024"),
        ],
    ),
    (
        "local-article-zoning-appeal-thanksgiving-paper",
        "The Zoning Board of Appeals denied a variance for a 40-unit apartment building on Route 202 at its "
        "Nov. 19 meeting. The developer, Ridgeway Partners, first applied in March 2025. The company has 45 "
        "days to appeal the decision in Superior Court. Board Chairman Frank Ortiz said the panel had "
        "received more than 200 letters from residents over the past year. The board's next meeting is at 7 "
        "p.m. Dec. 17.",
        date(2026, 11, 26),
        [
            ("Nov. 19", "2026-11-19"),
            ("March 2025", "2025-03"),
            ("45 days", "P45D"),
            ("the past year", "2025"),
            ("7 p.m. Dec. 17", "2026-12-17T19:00"),
        ],
    ),
    (
        "local-article-pool-season",
        "The municipal pool opens for the season Saturday, May 24, and stays open through Sept. 1. Swim "
        "lessons begin June 16 and run for six weeks. Season passes cost $60 if bought by May 31. The pool "
        "was closed for repairs all of last summer.",
        date(2025, 5, 23),
        [
            ("Saturday, May 24", "2025-05-24"),
            ("Sept. 1", "2025-09-01"),
            ("June 16", "2025-06-16"),
            ("six weeks", "P6W"),
            ("May 31", "2025-05-31"),
            ("last summer", "2024-SU"),
        ],
    ),
    (
        "local-article-police-log",
        "A Harmon woman reported Monday that someone had used her credit card number to buy $900 in gift "
        "cards. At 4:15 p.m. Tuesday, officers responded to a two-car crash at Main Street and Route 9; no "
        "one was hurt. A bicycle was reported stolen from a porch on Elm Street sometime Tuesday night. A "
        "resident of Unit 4 at the Brookside apartments complained about loud music shortly before 11 p.m. "
        "Wednesday. Officers issued 14 speeding tickets on Route 9 last week.",
        date(2026, 4, 2),
        [
            ("Monday", "2026-03-30"),
            ("4:15 p.m. Tuesday", "2026-03-31T16:15"),
            ("Tuesday night", "2026-03-31TNI"),
            ("11 p.m. Wednesday", "2026-04-01T23:00"),
            ("last week", "2026-W13"),
        ],
    ),
    (
        "local-article-fire-station-town-meeting-week-53",
        "Residents will vote on a $2.4 million fire station at a special town meeting on Saturday, Jan. 23. "
        "The current station on Route 6 was built in 1961. Selectmen approved the warrant on Dec. 21 after "
        "months of debate. If approved, construction would begin in the spring and take about 18 months.",
        date(2027, 1, 1),
        [
            ("Saturday, Jan. 23", "2027-01-23"),
            ("current", "PRESENT_REF"),
            ("1961", "1961"),
            ("Dec. 21", "2026-12-21"),
            ("months", "PXM"),
            ("the spring", "2027-SP"),
            ("about 18 months", "P18M"),
        ],
    ),
    # --- a thirtieth held-out batch: diplomacy, summits and ceasefires, written blind ---
    (
        "world2-g20-rio-two-days",
        "Leaders will gather for the G20 summit in Rio de Janeiro on Nov. 18 and 19.",
        date(2024, 10, 14),
        [("Nov. 18", "2024-11-18"), ("19", "2024-11-19")],
    ),
    (
        "world2-last-months-nato-summit",
        "Allies pledged more air defence systems at last month's NATO summit.",
        date(2024, 8, 6),
        [("last month", "2024-07")],
    ),
    (
        "world2-sunday-ahead-of-next-weeks-talks",
        "Diplomats met in Doha on Sunday ahead of next week's talks.",
        date(2025, 1, 6),
        [("Sunday", "2025-01-05"), ("next week", "2025-W03")],
    ),
    (
        "world2-summit-friday-dec-4",
        "The summit will take place on Friday, Dec. 4.",
        date(2026, 11, 30),
        [("Friday, Dec. 4", "2026-12-04")],
    ),
    (
        "world2-summit-runs-wednesday-to-friday",
        "The summit runs from Wednesday to Friday.",
        date(2025, 6, 23),
        [("Wednesday", "2025-06-25"), ("Friday", "2025-06-27")],
    ),
    (
        "world2-ministers-meet-thursday-on-thursday",
        "The foreign ministers will meet again on Thursday in Brussels.",
        date(2026, 5, 14),
        [("Thursday", "2026-05-14")],
    ),
    (
        "world2-ministers-meet-tomorrow",
        "Foreign ministers meet tomorrow in Brussels.",
        date(2025, 6, 22),
        [("tomorrow", "2025-06-23")],
    ),
    (
        "world2-72-hour-ceasefire-midnight",
        "A 72-hour ceasefire that took effect at midnight appeared to be holding.",
        date(2023, 4, 26),
        [("72-hour", "PT72H"), ("midnight", "2023-04-25T24:00")],
    ),
    (
        "world2-truce-expires-friday-next-month",
        "The truce expires on Friday, and mediators are pressing for an extension.",
        date(2023, 11, 28),
        [("Friday", "2023-12-01")],
    ),
    (
        "world2-deadline-jan-20-year-end",
        "Washington has set a deadline of Jan. 20 for a response.",
        date(2025, 12, 29),
        [("Jan. 20", "2026-01-20")],
    ),
    (
        "world2-withdraw-within-30-days",
        "Troops must withdraw from the buffer zone within 30 days, the resolution says.",
        date(2025, 6, 12),
        [("30 days", "P30D")],
    ),
    (
        "world2-ceasefire-due-to-expire-6pm-sunday",
        "The ceasefire is due to expire at 6 p.m. on Sunday.",
        date(2025, 10, 10),
        [("6 p.m. on Sunday", "2025-10-12T18:00")],
    ),
    (
        "world2-ceasefire-held-since-nov-27",
        "The ceasefire has largely held since Nov. 27.",
        date(2025, 1, 14),
        [("Nov. 27", "2024-11-27")],
    ),
    (
        "world2-given-until-dec-31-new-year",
        "Both governments were given until Dec. 31 to respond, but no reply came.",
        date(2027, 1, 1),
        [("Dec. 31", "2026-12-31")],
    ),
    (
        "world2-talks-resumed-after-two-week-pause",
        "Talks resumed on Monday after a two-week pause.",
        date(2026, 1, 7),
        [("Monday", "2026-01-05"), ("two-week", "P2W")],
    ),
    (
        "world2-fourth-round-since-march",
        "It was the fourth round of talks since March.",
        date(2025, 7, 18),
        [("March", "2025-03")],
    ),
    (
        "world2-reconvene-geneva-next-month-w53",
        "Negotiators are due to reconvene in Geneva next month.",
        date(2026, 12, 31),
        [("next month", "2027-01")],
    ),
    (
        "world2-talks-postponed-until-tuesday",
        "The talks were postponed until Tuesday.",
        date(2024, 7, 10),
        [("Tuesday", "2024-07-16")],
    ),
    (
        "world2-talks-resume-next-tuesday",
        "Talks resume next Tuesday in Cairo.",
        date(2025, 10, 3),
        [("next Tuesday", "2025-10-07")],
    ),
    (
        "world2-envoys-met-last-week-new-year",
        "Envoys met in Oman last week.",
        date(2026, 1, 5),
        [("last week", "2026-W01")],
    ),
    (
        "world2-talks-over-the-weekend",
        "Talks will continue over the weekend.",
        date(2025, 5, 16),
        [("the weekend", "2025-W20-WE")],
    ),
    (
        "world2-new-round-mid-january",
        "A new round is expected in mid-January.",
        date(2025, 12, 15),
        [("mid-January", "2026-01")],
    ),
    (
        "world2-said-thursday-respond-next-week-w53",
        "The foreign ministry said on Thursday it would respond next week.",
        date(2026, 12, 31),
        [("Thursday", "2026-12-31"), ("next week", "2027-W01")],
    ),
    (
        "world2-breakthrough-this-week-w53",
        "Diplomats expect a breakthrough this week.",
        date(2026, 12, 29),
        [("this week", "2026-W53")],
    ),
    (
        "world2-contact-group-every-month",
        "The contact group meets every month.",
        date(2025, 2, 6),
        [("every month", "P1M")],
    ),
    (
        "world2-arrived-beijing-three-day-visit",
        "The chancellor arrived in Beijing on Tuesday for a three-day visit.",
        date(2024, 4, 16),
        [("Tuesday", "2024-04-16"), ("three-day", "P3D")],
    ),
    (
        "world2-first-visit-since-2015-leap-day",
        "It is the first visit by a U.S. president since 2015.",
        date(2024, 2, 29),
        [("2015", "2015")],
    ),
    (
        "world2-envoy-december-return-spring",
        "The envoy last visited Kyiv in December and plans to return in spring.",
        date(2026, 1, 14),
        [("December", "2025-12"), ("spring", "2026-SP")],
    ),
    (
        "world2-left-moscow-two-days-ago",
        "The delegation left Moscow two days ago.",
        date(2025, 4, 16),
        [("two days ago", "2025-04-14")],
    ),
    (
        "world2-talks-on-leap-day",
        "Talks were held on Feb. 29 in Riyadh.",
        date(2024, 3, 4),
        [("Feb. 29", "2024-02-29")],
    ),
    (
        "world2-sanctions-imposed-in-2022",
        "The sanctions imposed in 2022 remain in place.",
        date(2024, 3, 2),
        [("2022", "2022")],
    ),
    (
        "world2-treaty-expires-february-2026",
        "The treaty expires in February 2026 and there are no talks on a successor.",
        date(2025, 3, 2),
        [("February 2026", "2026-02")],
    ),
    (
        "world2-accord-signed-in-1987",
        "The accord, signed in 1987, banned ground-launched missiles.",
        date(2019, 8, 5),
        [("1987", "1987")],
    ),
    (
        "world2-sanctions-extended-until-july-31",
        "The European Union extended its sanctions until July 31.",
        date(2025, 1, 27),
        [("July 31", "2025-07-31")],
    ),
    ("world2-trap-march-verb", "Thousands plan to march on the embassy.", date(2025, 10, 21), []),
    (
        "world2-article-four-day-truce",
        "Mediators announced on Tuesday a four-day truce between the two sides. Officials said the pause will "
        "begin at 7 a.m. on Thursday. Under the deal, 50 hostages are to be released over four days. The "
        "talks in Doha had stalled last week over the sequencing of releases. A previous truce collapsed in "
        "October after just nine days.",
        date(2025, 11, 19),
        [
            ("Tuesday", "2025-11-18"),
            ("four-day", "P4D"),
            ("7 a.m. on Thursday", "2025-11-20T07:00"),
            ("four days", "P4D"),
            ("last week", "2025-W46"),
            ("October", "2025-10"),
            ("nine days", "P9D"),
        ],
    ),
    (
        "world2-article-nato-washington-summit",
        "NATO leaders gather in Washington on Tuesday for a three-day summit. The alliance was founded in "
        "April 1949. At last year's summit in Vilnius, members promised Ukraine a path to membership. "
        "Officials said on Sunday that a new aid package would be announced on Wednesday. The summit ends on "
        "Thursday with a news conference.",
        date(2024, 7, 8),
        [
            ("Tuesday", "2024-07-09"),
            ("three-day", "P3D"),
            ("April 1949", "1949-04"),
            ("last year", "2023"),
            ("Sunday", "2024-07-07"),
            ("Wednesday", "2024-07-10"),
            ("Thursday", "2024-07-11"),
        ],
    ),
    (
        "world2-article-vienna-talks-new-year",
        "Nuclear talks between Iran and European powers will resume in Vienna on Monday, diplomats said. The "
        "last round broke up on Dec. 17 without agreement. Negotiators have met repeatedly since September. A "
        'snapback deadline looms in mid-February. "We are ready to work through the weekend if needed," one '
        "envoy said on Thursday.",
        date(2027, 1, 1),
        [
            ("Monday", "2027-01-04"),
            ("Dec. 17", "2026-12-17"),
            ("September", "2026-09"),
            ("mid-February", "2027-02"),
            ("the weekend", "2026-W53-WE"),
            ("Thursday", "2026-12-31"),
        ],
    ),
    (
        "world2-article-eu-sanctions-package",
        "European Union ministers approved on Monday a 16th package of sanctions against Russia. The measures "
        "take effect on Feb. 24. The bloc first imposed sanctions in 2014 after the annexation of Crimea. "
        "They were widened sharply in 2022. The package will be reviewed within six months.",
        date(2025, 2, 20),
        [
            ("Monday", "2025-02-17"),
            ("Feb. 24", "2025-02-24"),
            ("2014", "2014"),
            ("2022", "2022"),
            ("six months", "P6M"),
        ],
    ),
    (
        "world2-article-hanoi-visit",
        "The U.S. president arrived in Hanoi on Monday for a two-day visit, the first by an American leader "
        "since 2023. He held talks with the party chief on Tuesday morning. The two countries upgraded their "
        "ties three years ago. He flies to Jakarta on Wednesday. The White House said a trade deal could be "
        "signed this year.",
        date(2026, 9, 15),
        [
            ("Monday", "2026-09-14"),
            ("two-day", "P2D"),
            ("2023", "2023"),
            ("Tuesday morning", "2026-09-15TMO"),
            ("three years ago", "2023"),
            ("Wednesday", "2026-09-16"),
            ("this year", "2026"),
        ],
    ),
    (
        "world2-article-istanbul-direct-talks",
        "Ukrainian and Russian delegations met in Istanbul on Friday for their first direct talks since March "
        "2022. The meeting lasted less than two hours. Both sides agreed to exchange 1,000 prisoners each. "
        "Ankara offered to host a second round next week. Earlier talks in Istanbul collapsed in 2022.",
        date(2025, 5, 16),
        [
            ("Friday", "2025-05-16"),
            ("March 2022", "2022-03"),
            ("less than two hours", "PT2H"),
            ("next week", "2025-W21"),
            ("2022", "2022"),
        ],
    ),
    (
        "world2-article-korean-armistice",
        "The armistice that halted the Korean War was signed on July 27, 1953. No peace treaty has followed. "
        "Delegations from both Koreas will mark the anniversary on Thursday at Panmunjom. Talks between the "
        "two sides have been frozen since 2019. A hotline between them went silent in April.",
        date(2023, 7, 24),
        [("July 27, 1953", "1953-07-27"), ("Thursday", "2023-07-27"), ("2019", "2019"), ("April", "2023-04")],
    ),
    (
        "world2-article-baku-overtime",
        "Climate talks in Baku ran into overtime on Saturday as negotiators struggled to agree a finance "
        "goal. The conference had been scheduled to end on Friday evening. Developing countries rejected a "
        "draft on Thursday night. The next conference will be held in Belem in November 2025.",
        date(2024, 11, 23),
        [
            ("Saturday", "2024-11-23"),
            ("Friday evening", "2024-11-22TEV"),
            ("Thursday night", "2024-11-21TNI"),
            ("November 2025", "2025-11"),
        ],
    ),
    (
        "world2-article-militia-ultimatum",
        "The militia has given the government until noon on Tuesday to release its fighters. The ultimatum "
        "was issued on Saturday in a video posted online. Previous deadlines, in November and again in "
        "January, passed without incident. Negotiators flew to the region on Sunday.",
        date(2026, 2, 1),
        [
            ("noon on Tuesday", "2026-02-03T12:00"),
            ("Saturday", "2026-01-31"),
            ("November", "2025-11"),
            ("January", "2026-01"),
            ("Sunday", "2026-02-01"),
        ],
    ),
    (
        "world2-article-new-start-expiry",
        "The last remaining arms control treaty between the United States and Russia expires on Thursday. New "
        "START was signed in Prague in April 2010 and entered into force in February 2011. It was extended "
        "for five years in 2021. Moscow suspended its participation in February 2023. No talks on a successor "
        "are scheduled.",
        date(2026, 2, 4),
        [
            ("Thursday", "2026-02-05"),
            ("April 2010", "2010-04"),
            ("February 2011", "2011-02"),
            ("five years", "P5Y"),
            ("2021", "2021"),
            ("February 2023", "2023-02"),
        ],
    ),
    (
        "world2-article-jeddah-talks-year-end",
        "Sudan's warring parties will return to talks in Jeddah on Jan. 6, the Saudi foreign ministry said on "
        "Tuesday. The previous round ended in early December without a ceasefire. A humanitarian truce agreed "
        "in May lasted a week. The war began in April 2023 and has displaced millions. Mediators hope for a "
        "deal within weeks.",
        date(2024, 12, 31),
        [
            ("Jan. 6", "2025-01-06"),
            ("Tuesday", "2024-12-31"),
            ("early December", "2024-12"),
            ("May", "2024-05"),
            ("a week", "P1W"),
            ("April 2023", "2023-04"),
            ("weeks", "PXW"),
        ],
    ),
    (
        "world2-article-security-council-vote",
        "The U.N. Security Council will vote on Wednesday on a resolution demanding a pause in the fighting. "
        "A similar draft was vetoed on Dec. 22. Diplomats worked through the weekend on new wording. The "
        "council last adopted a resolution on the conflict in November.",
        date(2024, 1, 1),
        [
            ("Wednesday", "2024-01-03"),
            ("Dec. 22", "2023-12-22"),
            ("the weekend", "2023-W52-WE"),
            ("November", "2023-11"),
        ],
    ),
    (
        "world2-article-ankara-prisoner-exchange",
        "Seven countries completed a prisoner exchange in Ankara on Thursday. The deal took months of secret "
        "negotiations. Talks began in earnest in January. Two of the freed men had been held since 2022. They "
        "landed in Washington late on Thursday.",
        date(2024, 8, 1),
        [
            ("Thursday", "2024-08-01"),
            ("months", "PXM"),
            ("January", "2024-01"),
            ("2022", "2022"),
            ("Thursday", "2024-08-01"),
        ],
    ),
    (
        "world2-article-g20-rio-arrivals",
        "Leaders of the world's largest economies arrive in Rio de Janeiro on Sunday for the G20 summit. The "
        "meeting opens on Monday and closes on Tuesday afternoon. Brazil took over the rotating presidency "
        "last December. South Africa hosts the group next year. Finance ministers met in Washington last "
        "month to prepare the agenda.",
        date(2024, 11, 17),
        [
            ("Sunday", "2024-11-17"),
            ("Monday", "2024-11-18"),
            ("Tuesday afternoon", "2024-11-19TAF"),
            ("last December", "2023-12"),
            ("next year", "2025"),
            ("last month", "2024-10"),
        ],
    ),
    (
        "world2-article-emergency-summit-w53",
        "European Union leaders will hold an emergency summit in Brussels on Jan. 8 to discuss the crisis. "
        "The meeting was called on Sunday after talks in Geneva broke down. Ministers had met repeatedly "
        "since October without a breakthrough. A ceasefire agreed on Dec. 12 expired on Friday. Diplomats "
        "said they would use this week to sound out Moscow. The bloc's current sanctions run until Jan. 31. A "
        "decision on renewing them is due in mid-January.",
        date(2026, 12, 28),
        [
            ("Jan. 8", "2027-01-08"),
            ("Sunday", "2026-12-27"),
            ("October", "2026-10"),
            ("Dec. 12", "2026-12-12"),
            ("Friday", "2026-12-25"),
            ("this week", "2026-W53"),
            ("current", "PRESENT_REF"),
            ("Jan. 31", "2027-01-31"),
            ("mid-January", "2027-01"),
        ],
    ),
    (
        "world2-article-state-visit-britain",
        "The French president begins a three-day state visit to Britain on Wednesday, the first by a French "
        "head of state since 2008. He will address both houses of Parliament on Thursday afternoon. The visit "
        "was postponed in 2023 because of protests in France. The two governments signed a defence treaty in "
        "2010, which they plan to update this year. A summit on migration follows on Friday. The president "
        "returns to Paris on Saturday morning.",
        date(2025, 3, 18),
        [
            ("three-day", "P3D"),
            ("Wednesday", "2025-03-19"),
            ("2008", "2008"),
            ("Thursday afternoon", "2025-03-20TAF"),
            ("2023", "2023"),
            ("2010", "2010"),
            ("this year", "2025"),
            ("Friday", "2025-03-21"),
            ("Saturday morning", "2025-03-22TMO"),
        ],
    ),
    (
        "world2-article-caucasus-peace-deal",
        "Armenia and Azerbaijan initialled a peace agreement at the White House on Friday. The text was "
        "finalised in March after months of talks. Both leaders are expected to sign it this year. The two "
        "countries fought a 44-day war in 2020. A ceasefire brokered by Moscow took effect on Nov. 10, 2020. "
        "Azerbaijan retook the Karabakh region in a one-day offensive in September 2023.",
        date(2025, 8, 8),
        [
            ("Friday", "2025-08-08"),
            ("March", "2025-03"),
            ("months", "PXM"),
            ("this year", "2025"),
            ("44-day", "P44D"),
            ("2020", "2020"),
            ("Nov. 10, 2020", "2020-11-10"),
            ("one-day", "P1D"),
            ("September 2023", "2023-09"),
        ],
    ),
    (
        "world2-article-cairo-talks-new-year",
        "Negotiators returned to Cairo on Wednesday for a new round of ceasefire talks. The previous round "
        "ended on Dec. 23 with both sides blaming each other. Mediators hope to reach a deal before Jan. 20, "
        "when the new U.S. administration takes office. A delegation is due to arrive on Saturday. The last "
        "truce, in November 2023, lasted a week. Talks will continue through the weekend, an Egyptian "
        "official said.",
        date(2025, 1, 2),
        [
            ("Wednesday", "2025-01-01"),
            ("Dec. 23", "2024-12-23"),
            ("Jan. 20", "2025-01-20"),
            ("Saturday", "2025-01-04"),
            ("November 2023", "2023-11"),
            ("a week", "P1W"),
            ("the weekend", "2025-W01-WE"),
        ],
    ),
    (
        "world2-article-seoul-tokyo-leap-day",
        "The leaders of Japan and South Korea will meet in Seoul on March 15, their third summit since May. "
        "Shuttle diplomacy between the neighbours resumed last March after a 12-year gap. Relations soured in "
        "2018 over a court ruling on wartime labour. Officials said on Wednesday the agenda would include a "
        "visa deal. A joint declaration could be issued next week. The two foreign ministers spoke by phone "
        "on Monday.",
        date(2024, 2, 29),
        [
            ("March 15", "2024-03-15"),
            ("May", "2023-05"),
            ("last March", "2023-03"),
            ("12-year", "P12Y"),
            ("2018", "2018"),
            ("Wednesday", "2024-02-28"),
            ("next week", "2024-W10"),
            ("Monday", "2024-02-26"),
        ],
    ),
    (
        "world2-article-grain-deal-lapses",
        "Russia said on Monday it would not extend the Black Sea grain deal, which expired at midnight. The "
        "agreement was brokered by the United Nations and Turkey in July 2022. It had been renewed "
        "repeatedly, most recently in May for 60 days. Ukraine has shipped more than 32 million tonnes of "
        "grain since August. The U.N. secretary-general said he would keep pushing for a return to the deal "
        "in the coming weeks. Turkey's president said he expected to discuss the matter with Moscow next "
        "month.",
        date(2023, 7, 18),
        [
            ("Monday", "2023-07-17"),
            ("midnight", "2023-07-17T24:00"),
            ("July 2022", "2022-07"),
            ("recently", "PAST_REF"),
            ("May", "2023-05"),
            ("60 days", "P60D"),
            ("August", "2022-08"),
            ("the coming weeks", "FUTURE_REF"),
            ("next month", "2023-08"),
        ],
    ),
    (
        "world2-article-secretary-latin-america-trip",
        "The U.S. secretary of state arrives in Panama on Saturday on his first trip abroad since taking "
        "office on Jan. 21. He will then visit El Salvador, Costa Rica, Guatemala and the Dominican Republic "
        "over five days. The trip ends on Thursday. Panama took full control of the canal on Dec. 31, 1999, "
        "under treaties signed in 1977. Officials said on Friday that no deal on the canal was expected this "
        "week.",
        date(2025, 2, 1),
        [
            ("Saturday", "2025-02-01"),
            ("Jan. 21", "2025-01-21"),
            ("five days", "P5D"),
            ("Thursday", "2025-02-06"),
            ("Dec. 31, 1999", "1999-12-31"),
            ("1977", "1977"),
            ("Friday", "2025-01-31"),
            ("this week", "2025-W05"),
        ],
    ),
    (
        "world2-article-iran-snapback",
        "United Nations sanctions on Iran were reimposed at midnight on Saturday. They had been lifted under "
        "the 2015 nuclear deal. Britain, France and Germany triggered the snapback mechanism on Aug. 28, "
        "starting a 30-day clock. A Russian and Chinese bid to delay the move by six months failed on Friday. "
        "Iran recalled its ambassadors for consultations on Saturday. The deal itself was due to expire on "
        "Oct. 18. Foreign ministers from the three European countries will meet in Brussels on Monday.",
        date(2025, 9, 28),
        [
            ("midnight on Saturday", "2025-09-27T24:00"),
            ("2015", "2015"),
            ("Aug. 28", "2025-08-28"),
            ("30-day", "P30D"),
            ("six months", "P6M"),
            ("Friday", "2025-09-26"),
            ("Saturday", "2025-09-27"),
            ("Oct. 18", "2025-10-18"),
            ("Monday", "2025-09-29"),
        ],
    ),
    (
        "world2-article-brexit-transition-ends-w53",
        "Britain's transition period with the European Union ends at 11 p.m. on Thursday. The trade agreement "
        "reached on Dec. 24 was approved by Parliament on Wednesday. Negotiations had run for nine months and "
        "repeatedly missed deadlines in October and November. The deal applies provisionally until Feb. 28 "
        "while the European Parliament reviews it. Customs checks begin on Friday. A review of the agreement "
        "is due in 2026.",
        date(2020, 12, 31),
        [
            ("11 p.m. on Thursday", "2020-12-31T23:00"),
            ("Dec. 24", "2020-12-24"),
            ("Wednesday", "2020-12-30"),
            ("nine months", "P9M"),
            ("October", "2020-10"),
            ("November", "2020-11"),
            ("Feb. 28", "2021-02-28"),
            ("Friday", "2021-01-01"),
            ("2026", "2026"),
        ],
    ),
    # --- a thirty-first held-out batch: hard grammar for tense, written blind ---
    (
        "grammar-relative-will-visit-said-monday",
        "The foreign minister, who will visit Kyiv on Friday, said on Monday that aid would continue.",
        date(2023, 6, 14),
        [("Friday", "2023-06-16"), ("Monday", "2023-06-12")],
    ),
    (
        "grammar-relative-sent-off-will-sit-out",
        "The goalkeeper, who was sent off on Saturday, will sit out the cup tie on Wednesday.",
        date(2021, 1, 4),
        [("Saturday", "2021-01-02"), ("Wednesday", "2021-01-06")],
    ),
    (
        "grammar-relative-resigned-replaced",
        "The minister who resigned on Monday will be replaced on Thursday, officials said.",
        date(2025, 3, 11),
        [("Monday", "2025-03-10"), ("Thursday", "2025-03-13")],
    ),
    (
        "grammar-relative-bridge-reopen-inside-past",
        "Officials said on Wednesday that the bridge, which will reopen on Saturday, had been closed since Monday.",
        date(2024, 2, 29),
        [("Wednesday", "2024-02-28"), ("Saturday", "2024-03-02"), ("Monday", "2024-02-26")],
    ),
    (
        "grammar-relative-reports-results-timetable",
        "The company, which reports results on Thursday, said on Tuesday it had cut 500 jobs.",
        date(2023, 6, 14),
        [("Thursday", "2023-06-15"), ("Tuesday", "2023-06-13")],
    ),
    (
        "grammar-relative-flies-sunday-paper",
        "The president, who flies to Madrid on Tuesday, met his cabinet on Friday.",
        date(2026, 3, 1),
        [("Tuesday", "2026-03-03"), ("Friday", "2026-02-27")],
    ),
    (
        "grammar-relative-plant-closed-reopen-months",
        "The plant, which closed in November, will reopen in February.",
        date(2020, 12, 31),
        [("November", "2020-11"), ("February", "2021-02")],
    ),
    (
        "grammar-relative-inflation-peaked",
        "Inflation, which peaked in October, is expected to fall below 3% by June.",
        date(2024, 2, 29),
        [("October", "2023-10"), ("June", "2024-06")],
    ),
    (
        "grammar-relative-law-in-force-passed",
        "The law, which comes into force in July, was passed by parliament in February.",
        date(2025, 3, 11),
        [("July", "2025-07"), ("February", "2025-02")],
    ),
    (
        "grammar-relative-market-closed-reopens-week53",
        "The exchange, which closed early on Wednesday, reopens on Tuesday.",
        date(2027, 1, 1),
        [("Wednesday", "2026-12-30"), ("Tuesday", "2027-01-05")],
    ),
    (
        "grammar-relative-bondholders-repaid",
        "Bondholders, who were repaid in May, will receive a final coupon in November.",
        date(2022, 9, 16),
        [("May", "2022-05"), ("November", "2022-11")],
    ),
    (
        "grammar-dash-postponed-will-take-place",
        "The vote — postponed on Tuesday — will now take place on Thursday.",
        date(2023, 6, 14),
        [("Tuesday", "2023-06-13"), ("now", "PRESENT_REF"), ("Thursday", "2023-06-15")],
    ),
    (
        "grammar-dash-future-inside-past",
        "The opposition leader — who will testify on Monday — was questioned by police on Thursday.",
        date(2022, 9, 16),
        [("Monday", "2022-09-19"), ("Thursday", "2022-09-15")],
    ),
    (
        "grammar-apposition-ruling-handed-down",
        "The ruling, handed down on Friday, will be appealed on Monday, the lawyers said.",
        date(2024, 11, 30),
        [("Friday", "2024-11-29"), ("Monday", "2024-12-02")],
    ),
    (
        "grammar-apposition-treaty-signed-in-force",
        "The treaty, signed in March, comes into force in October, the ministry said on Monday.",
        date(2021, 1, 4),
        [("March", "2020-03"), ("October", "2021-10"), ("Monday", "2021-01-04")],
    ),
    (
        "grammar-parenthesis-past-in-future",
        "The new stadium (its roof was finished on Tuesday) will host its first match on Saturday.",
        date(2024, 2, 29),
        [("Tuesday", "2024-02-27"), ("Saturday", "2024-03-02")],
    ),
    (
        "grammar-apposition-vaccine",
        "The ministry said on Friday that the vaccine, approved in October, will be offered from January.",
        date(2024, 11, 30),
        [("Friday", "2024-11-29"), ("October", "2024-10"), ("January", "2025-01")],
    ),
    (
        "grammar-fronted-friday-will-hear",
        "On Friday, the court will hear arguments from both sides, a spokesman said on Monday.",
        date(2025, 3, 11),
        [("Friday", "2025-03-14"), ("Monday", "2025-03-10")],
    ),
    (
        "grammar-fronted-friday-heard",
        "On Friday, the court heard arguments from both sides; a ruling is expected next month.",
        date(2025, 3, 11),
        [("Friday", "2025-03-07"), ("next month", "2025-04")],
    ),
    (
        "grammar-fronted-monday-announced-april",
        "On Monday, the company announced it will close two plants in April.",
        date(2023, 6, 14),
        [("Monday", "2023-06-12"), ("April", "2024-04")],
    ),
    (
        "grammar-fronted-march-will-decide",
        "In March, the board will decide whether to sell the unit, the chairman said on Thursday.",
        date(2022, 9, 16),
        [("March", "2023-03"), ("Thursday", "2022-09-15")],
    ),
    (
        "grammar-fronted-march-decided",
        "In March, the board decided to sell the unit.",
        date(2022, 9, 16),
        [("March", "2022-03")],
    ),
    (
        "grammar-fronted-by-thursday-had-pulled",
        "By Thursday, rescuers had pulled 40 people from the rubble, officials said on Friday.",
        date(2024, 11, 30),
        [("Thursday", "2024-11-28"), ("Friday", "2024-11-29")],
    ),
    (
        "grammar-fronted-by-thursday-will-have",
        "By Thursday, rescuers will have reached every village in the valley.",
        date(2024, 11, 30),
        [("Thursday", "2024-12-05")],
    ),
    (
        "grammar-fronted-saturday-polls-open",
        "On Saturday, polls open at 7 a.m.",
        date(2023, 6, 14),
        [("Saturday", "2023-06-17"), ("7 a.m", "2023-06-17T07:00")],
    ),
    (
        "grammar-fronted-thursday-parliament-rises",
        "On Thursday, Parliament rises for the summer.",
        date(2025, 3, 11),
        [("Thursday", "2025-03-13"), ("the summer", "2025-SU")],
    ),
    (
        "grammar-fronted-monday-had-cordoned",
        "On Monday, police had already cordoned off the square.",
        date(2020, 12, 31),
        [("Monday", "2020-12-28")],
    ),
    (
        "grammar-fronted-tuesday-week53-will",
        "On Tuesday, the new cabinet will be sworn in, the palace announced on Thursday.",
        date(2027, 1, 1),
        [("Tuesday", "2027-01-05"), ("Thursday", "2026-12-31")],
    ),
    (
        "grammar-before-recovering",
        "Shares fell on Monday before recovering on Tuesday.",
        date(2020, 12, 31),
        [("Monday", "2020-12-28"), ("Tuesday", "2020-12-29")],
    ),
    (
        "grammar-but-will-resume",
        "Talks ended on Wednesday, but will resume on Monday.",
        date(2022, 9, 16),
        [("Wednesday", "2022-09-14"), ("Monday", "2022-09-19")],
    ),
    (
        "grammar-while-will-walk-out",
        "Nurses went on strike on Tuesday, while doctors will walk out on Friday.",
        date(2023, 6, 14),
        [("Tuesday", "2023-06-13"), ("Friday", "2023-06-16")],
    ),
    (
        "grammar-after-polls-close",
        "After the polls close on Sunday, the commission will publish the results on Monday.",
        date(2024, 2, 29),
        [("Sunday", "2024-03-03"), ("Monday", "2024-03-04")],
    ),
    (
        "grammar-as-investors-waited",
        "The index slid on Thursday as investors waited for Friday's jobs report.",
        date(2024, 11, 30),
        [("Thursday", "2024-11-28"), ("Friday", "2024-11-29")],
    ),
    (
        "grammar-will-sign-after-passed",
        "The president will sign the bill on Wednesday, after the Senate passed it on Tuesday.",
        date(2021, 1, 4),
        [("Wednesday", "2021-01-06"), ("Tuesday", "2020-12-29")],
    ),
    (
        "grammar-before-collapsed-fronted",
        "Before the talks collapsed on Thursday, negotiators had agreed on most points.",
        date(2025, 3, 11),
        [("Thursday", "2025-03-06")],
    ),
    (
        "grammar-and-docked-will-sail",
        "The ship docked on Sunday and will sail again on Wednesday.",
        date(2021, 1, 4),
        [("Sunday", "2021-01-03"), ("Wednesday", "2021-01-06")],
    ),
    (
        "grammar-but-months",
        "Exports rose in January but are expected to slow in April.",
        date(2025, 3, 11),
        [("January", "2025-01"), ("April", "2025-04")],
    ),
    (
        "grammar-while-future-then-past",
        "The minister will travel to Brussels on Thursday, while her deputy returned from Rome on Monday.",
        date(2026, 3, 1),
        [("Thursday", "2026-03-05"), ("Monday", "2026-02-23")],
    ),
    (
        "grammar-after-questioning-released",
        "Police questioned the driver on Monday, before releasing him on Tuesday.",
        date(2020, 12, 31),
        [("Monday", "2020-12-28"), ("Tuesday", "2020-12-29")],
    ),
    (
        "grammar-passive-expected-to-be-signed",
        "The agreement, drafted last month, is expected to be signed on Friday.",
        date(2025, 3, 11),
        [("last month", "2025-02"), ("Friday", "2025-03-14")],
    ),
    (
        "grammar-passive-was-signed",
        "The agreement was signed on Friday and takes effect next month.",
        date(2025, 3, 11),
        [("Friday", "2025-03-07"), ("next month", "2025-04")],
    ),
    (
        "grammar-passive-will-be-opened-month",
        "The new line will be opened to passengers in June.",
        date(2022, 9, 16),
        [("June", "2023-06")],
    ),
    (
        "grammar-passive-arrested-will-be-charged",
        "The suspect was arrested on Saturday and will be charged on Monday.",
        date(2020, 12, 31),
        [("Saturday", "2020-12-26"), ("Monday", "2021-01-04")],
    ),
    (
        "grammar-passive-due-to-be-published",
        "The results, which were delayed on Monday, are due to be published on Thursday.",
        date(2024, 11, 30),
        [("Monday", "2024-11-25"), ("Thursday", "2024-12-05")],
    ),
    (
        "grammar-passive-has-been-closed-since",
        "The bridge has been closed since Wednesday and will reopen on Friday.",
        date(2021, 1, 4),
        [("Wednesday", "2020-12-30"), ("Friday", "2021-01-08")],
    ),
    (
        "grammar-negation-did-not-meet",
        "The two leaders did not meet on Monday, and no new date has been set for talks this week.",
        date(2023, 6, 14),
        [("Monday", "2023-06-12"), ("this week", "2023-W24")],
    ),
    (
        "grammar-negation-will-not-meet",
        "The two leaders will not meet on Monday, their offices said on Tuesday.",
        date(2023, 6, 14),
        [("Monday", "2023-06-19"), ("Tuesday", "2023-06-13")],
    ),
    (
        "grammar-negation-wont-month",
        "The central bank won't cut rates in July, economists said on Wednesday.",
        date(2025, 3, 11),
        [("July", "2025-07"), ("Wednesday", "2025-03-05")],
    ),
    (
        "grammar-negation-failed-until",
        "Ministers failed to agree on Thursday and will not meet again until Monday.",
        date(2022, 9, 16),
        [("Thursday", "2022-09-15"), ("Monday", "2022-09-19")],
    ),
    (
        "grammar-negation-could-not-be-reached",
        "Officials could not be reached for comment on Sunday, and a statement is due on Wednesday.",
        date(2025, 3, 11),
        [("Sunday", "2025-03-09"), ("Wednesday", "2025-03-12")],
    ),
    (
        "grammar-negation-has-not-said",
        "The firm has not said when production will resume, a spokesman said on Wednesday. Output fell 8% in December.",
        date(2026, 1, 1),
        [("Wednesday", "2025-12-31"), ("December", "2025-12")],
    ),
    (
        "grammar-question-will-cut-thursday",
        "Will the bank cut rates on Thursday? Most economists polled last week think so.",
        date(2021, 1, 4),
        [("Thursday", "2021-01-07"), ("last week", "2020-W53")],
    ),
    (
        "grammar-question-why-resign-tuesday",
        "Why did the minister resign on Tuesday?",
        date(2024, 2, 29),
        [("Tuesday", "2024-02-27")],
    ),
    (
        "grammar-question-who-will-lead-after-vote",
        "Who will lead the party after Sunday's vote?",
        date(2023, 6, 14),
        [("Sunday", "2023-06-18")],
    ),
    (
        "grammar-question-will-raise-december",
        "Will the Fed raise rates again in December, after three increases this year?",
        date(2022, 9, 16),
        [("December", "2022-12"), ("this year", "2022")],
    ),
    (
        "grammar-question-what-happened-saturday",
        "What happened at the stadium on Saturday night?",
        date(2026, 1, 1),
        [("Saturday night", "2025-12-27TNI")],
    ),
    (
        "grammar-conditional-if-passes-tuesday",
        "If the vote passes on Tuesday, the law will take effect in January.",
        date(2024, 2, 29),
        [("Tuesday", "2024-03-05"), ("January", "2025-01")],
    ),
    (
        "grammar-conditional-unless-agree-by-friday",
        "Unless the two sides agree by Friday, the strike will begin on Monday.",
        date(2025, 3, 11),
        [("Friday", "2025-03-14"), ("Monday", "2025-03-17")],
    ),
    (
        "grammar-conditional-if-rain-stops",
        "If the rain stops by Saturday, the final will go ahead on Sunday.",
        date(2023, 6, 14),
        [("Saturday", "2023-06-17"), ("Sunday", "2023-06-18")],
    ),
    (
        "grammar-conditional-if-talks-fail",
        "If talks fail on Monday, workers will strike from Thursday.",
        date(2022, 9, 16),
        [("Monday", "2022-09-19"), ("Thursday", "2022-09-22")],
    ),
    (
        "grammar-purpose-flew-to-attend",
        "The prime minister flew to Paris on Sunday to attend Monday's summit.",
        date(2025, 3, 11),
        [("Sunday", "2025-03-09"), ("Monday", "2025-03-10")],
    ),
    (
        "grammar-purpose-arrived-talks-begin",
        "The envoy arrived in Cairo on Wednesday to prepare for talks that begin on Saturday.",
        date(2024, 2, 29),
        [("Wednesday", "2024-02-28"), ("Saturday", "2024-03-02")],
    ),
    (
        "grammar-purpose-will-return-damage-caused",
        "Engineers will return on Thursday to inspect the damage caused on Monday.",
        date(2025, 3, 11),
        [("Thursday", "2025-03-13"), ("Monday", "2025-03-10")],
    ),
    (
        "grammar-purpose-travelled-to-sign",
        "Ms Park travelled to Geneva on Monday to sign Wednesday's accord.",
        date(2024, 2, 29),
        [("Monday", "2024-02-26"), ("Wednesday", "2024-02-28")],
    ),
    (
        "grammar-pastperfect-had-met",
        "The two men had met on Tuesday, police said on Thursday.",
        date(2022, 9, 16),
        [("Tuesday", "2022-09-13"), ("Thursday", "2022-09-15")],
    ),
    (
        "grammar-pastperfect-by-the-time",
        "By the time the ceasefire took hold on Sunday, the rebels had seized the airport.",
        date(2023, 6, 14),
        [("Sunday", "2023-06-11")],
    ),
    (
        "grammar-pastperfect-said-moved",
        "The club said on Saturday that the match had been moved to Tuesday.",
        date(2021, 1, 4),
        [("Saturday", "2021-01-02"), ("Tuesday", "2021-01-05")],
    ),
    (
        "grammar-pastperfect-lease-overtaken",
        "The lease, which had been extended until March, was cancelled on Friday.",
        date(2024, 11, 30),
        [("March", "2024-03"), ("Friday", "2024-11-29")],
    ),
    (
        "grammar-pastperfect-said-postponed-until",
        "The agency said on Monday that the launch had been postponed until Friday.",
        date(2025, 3, 11),
        [("Monday", "2025-03-10"), ("Friday", "2025-03-14")],
    ),
    (
        "grammar-article-schools-reopen",
        "The health ministry said on Sunday that schools, which closed in December, will reopen on January "
        "18. Teachers had been told on Wednesday to prepare for remote lessons. Unions will meet on Thursday "
        "to discuss the plan.",
        date(2021, 1, 4),
        [
            ("Sunday", "2021-01-03"),
            ("December", "2020-12"),
            ("January 18", "2021-01-18"),
            ("Wednesday", "2020-12-30"),
            ("Thursday", "2021-01-07"),
        ],
    ),
    (
        "grammar-article-markets-year-end",
        "Markets closed higher on Wednesday. Trading ends early on Thursday, and exchanges will stay shut on "
        "Friday. Analysts expect volumes to recover next week, after the index rose on Monday and fell on "
        "Tuesday.",
        date(2020, 12, 31),
        [
            ("Wednesday", "2020-12-30"),
            ("Thursday", "2020-12-31"),
            ("Friday", "2021-01-01"),
            ("next week", "2021-W01"),
            ("Monday", "2020-12-28"),
            ("Tuesday", "2020-12-29"),
        ],
    ),
    (
        "grammar-article-central-bank",
        "The central bank, which raised rates in May, is expected to hold them on Thursday. Its governor, who "
        "spoke on Monday, warned that inflation remained too high. Will the bank move again in July? "
        "Economists said on Tuesday that it might.",
        date(2023, 6, 14),
        [
            ("May", "2023-05"),
            ("Thursday", "2023-06-15"),
            ("Monday", "2023-06-12"),
            ("July", "2023-07"),
            ("Tuesday", "2023-06-13"),
        ],
    ),
    (
        "grammar-article-court-verdict",
        "The court, which heard closing arguments on Wednesday, will deliver its verdict on Tuesday. The "
        "defendant, arrested in March, has denied the charges. If he is convicted on Tuesday, sentencing will "
        "follow in January.",
        date(2024, 11, 30),
        [
            ("Wednesday", "2024-11-27"),
            ("Tuesday", "2024-12-03"),
            ("March", "2024-03"),
            ("Tuesday", "2024-12-03"),
            ("January", "2025-01"),
        ],
    ),
    (
        "grammar-article-strike",
        "The strike, called off on Tuesday, could resume on Monday. Union leaders met on Thursday but did not "
        "reach a deal. They will meet again on Sunday, before a ballot on Wednesday.",
        date(2022, 9, 16),
        [
            ("Tuesday", "2022-09-13"),
            ("Monday", "2022-09-19"),
            ("Thursday", "2022-09-15"),
            ("Sunday", "2022-09-18"),
            ("Wednesday", "2022-09-21"),
        ],
    ),
    (
        "grammar-article-carmaker",
        "Shares in the carmaker tumbled on Monday after it cut its forecast. The company, which reports full "
        "results on Thursday, said it had halted production in February. Production will restart in April, it "
        "said.",
        date(2025, 3, 11),
        [("Monday", "2025-03-10"), ("Thursday", "2025-03-13"), ("February", "2025-02"), ("April", "2025-04")],
    ),
    # --- a thirty-second held-out batch: schools and universities, written blind ---
    (
        "edu-term-starts-sept-3",
        "Term starts on Sept. 3 for most pupils in Wales.",
        date(2025, 8, 18),
        [("Sept. 3", "2025-09-03")],
    ),
    (
        "edu-alevel-results-day",
        "A-level results day falls on Aug. 14 this year.",
        date(2025, 7, 1),
        [("Aug. 14", "2025-08-14"), ("this year", "2025")],
    ),
    (
        "edu-exams-begin-may",
        "GCSE exams begin in May, and results are published in August.",
        date(2026, 1, 14),
        [("May", "2026-05"), ("August", "2026-08")],
    ),
    (
        "edu-results-published-tuesday",
        "Scottish exam results are published on Tuesday.",
        date(2025, 8, 1),
        [("Tuesday", "2025-08-05")],
    ),
    (
        "edu-applications-close-6pm",
        "Applications close at 6pm on Jan. 29.",
        date(2025, 12, 4),
        [("6pm on Jan. 29", "2026-01-29T18:00")],
    ),
    (
        "edu-oxbridge-deadline",
        "Students applying to Oxford or Cambridge must submit their forms by 6pm on Oct. 15.",
        date(2023, 10, 8),
        [("6pm on Oct. 15", "2023-10-15T18:00")],
    ),
    (
        "edu-reopen-monday-leap",
        "The school, shut by a heating failure, will reopen on Monday.",
        date(2024, 3, 1),
        [("Monday", "2024-03-04")],
    ),
    (
        "edu-lost-three-weeks",
        "Pupils lost three weeks of teaching to strikes last year.",
        date(2024, 1, 10),
        [("three weeks", "P3W"), ("last year", "2023")],
    ),
    (
        "edu-attainment-since-2019",
        "Attainment in maths has fallen since 2019, the inspectorate said.",
        date(2025, 11, 25),
        [("2019", "2019")],
    ),
    (
        "edu-french-past-decade",
        "Over the past decade, the number of pupils taking French has halved.",
        date(2025, 4, 8),
        [("the past decade", "P10Y")],
    ),
    (
        "edu-founded-1851-anniversary",
        "The university, founded in 1851, will mark its 175th anniversary next year.",
        date(2025, 5, 16),
        [("1851", "1851"), ("next year", "2026")],
    ),
    ("edu-trap-year9-room101", "Year 9 pupils at the academy sat a mock paper in room 101.", date(2025, 3, 5), []),
    (
        "edu-trap-grade12-building7",
        "Grade 12 students in Building 7 have been moved to the library.",
        date(2025, 10, 7),
        [],
    ),
    ("edu-trap-key-stage-2", "Key Stage 2 tests measure reading, writing and maths.", date(2025, 5, 13), []),
    ("edu-trap-11-plus", "Fewer children sat the 11-plus in Kent, the council said.", date(2025, 10, 31), []),
    (
        "edu-class-of-2026",
        "The Class of 2026 will be the first to sit the new exams.",
        date(2024, 9, 2),
        [("2026", "2026")],
    ),
    (
        "edu-trap-spring-term-gcses",
        "Spring term reports for GCSE candidates go out to parents by email.",
        date(2026, 3, 24),
        [],
    ),
    (
        "edu-sixth-form-in-the-spring",
        "The new sixth-form block will open in the spring.",
        date(2025, 10, 23),
        [("the spring", "2026-SP")],
    ),
    (
        "edu-roof-over-the-summer",
        "The roof will be replaced over the summer.",
        date(2026, 3, 2),
        [("the summer", "2026-SU")],
    ),
    (
        "edu-strike-tuesday-wednesday",
        "Teachers will strike on Tuesday and Wednesday.",
        date(2025, 2, 27),
        [("Tuesday", "2025-03-04"), ("Wednesday", "2025-03-05")],
    ),
    (
        "edu-results-yesterday",
        "Nearly 300,000 pupils received their results yesterday.",
        date(2025, 8, 15),
        [("yesterday", "2025-08-14")],
    ),
    ("edu-below-2019-levels", "The pass rate is still below 2019 levels.", date(2025, 8, 21), [("2019", "2019")]),
    (
        "edu-return-next-week-w53",
        "Pupils return to classrooms next week.",
        date(2026, 12, 29),
        [("next week", "2027-W01")],
    ),
    ("edu-offers-leap-day", "Secondary school offers go out on Friday.", date(2024, 2, 29), [("Friday", "2024-03-01")]),
    (
        "edu-class-of-09-reunion",
        "Alumni from the class of '09 returned for a reunion on Saturday.",
        date(2025, 6, 16),
        [("'09", "2009"), ("Saturday", "2025-06-14")],
    ),
    (
        "edu-inspectors-mid-january",
        "Inspectors visited the school in mid-January.",
        date(2025, 2, 12),
        [("mid-January", "2025-01")],
    ),
    (
        "edu-since-the-1990s",
        "The campus has not seen a strike like it since the 1990s.",
        date(2026, 2, 18),
        [("the 1990s", "199")],
    ),
    (
        "edu-fees-frozen-eight-years",
        "Tuition fees have been frozen for eight years.",
        date(2025, 1, 7),
        [("eight years", "P8Y")],
    ),
    (
        "edu-assemblies-every-monday",
        "Assemblies are held every Monday in the main hall.",
        date(2025, 9, 10),
        [("every Monday", "XXXX-WXX-1")],
    ),
    (
        "edu-vc-tonight",
        "The vice-chancellor will address students tonight.",
        date(2025, 10, 1),
        [("tonight", "2025-10-01TNI")],
    ),
    (
        "edu-enrolment-last-month",
        "Enrolment of international students fell 12% last month.",
        date(2026, 2, 2),
        [("last month", "2026-01")],
    ),
    (
        "edu-strike-from-to",
        "The strike runs from Nov. 24 to Dec. 5.",
        date(2025, 11, 19),
        [("Nov. 24", "2025-11-24"), ("Dec. 5", "2025-12-05")],
    ),
    (
        "edu-clearing-lines",
        "Clearing lines open at 8am on Thursday and stay open until 10pm.",
        date(2025, 8, 11),
        [("8am on Thursday", "2025-08-14T08:00"), ("10pm", "2025-08-14T22:00")],
    ),
    (
        "edu-computing-decade-ago",
        "A decade ago, only one in ten pupils took computing.",
        date(2025, 3, 19),
        [("A decade ago", "2015")],
    ),
    (
        "edu-closures-coming-months",
        "Heads expect more closures in the coming months.",
        date(2025, 11, 4),
        [("the coming months", "FUTURE_REF")],
    ),
    (
        "edu-recently-lost-rating",
        "The academy recently lost its outstanding rating.",
        date(2025, 6, 24),
        [("recently", "PAST_REF")],
    ),
    (
        "edu-exclusion-two-days-later",
        "The pupil was excluded on Sept. 9. Two days later, his parents launched an appeal.",
        date(2025, 9, 19),
        [("Sept. 9", "2025-09-09"), ("Two days later", "2025-09-11")],
    ),
    (
        "edu-breakfast-each-morning",
        "Breakfast is served to 300 pupils each morning.",
        date(2025, 11, 12),
        [("each morning", "XXXX-XX-XXTMO")],
    ),
    (
        "edu-chapel-19th-century",
        "The grammar school's chapel dates from the 19th century.",
        date(2025, 4, 30),
        [("the 19th century", "18")],
    ),
    (
        "edu-suspension-late-monday",
        "The trust confirmed the head's suspension late on Monday.",
        date(2025, 10, 15),
        [("Monday", "2025-10-13")],
    ),
    (
        "edu-back-early-september",
        "Most pupils in England go back in early September.",
        date(2026, 7, 21),
        [("early September", "2026-09")],
    ),
    (
        "edu-trap-15th-floor-march",
        "Students plan to march on the education department from the 15th floor bar.",
        date(2025, 11, 6),
        [],
    ),
    ("edu-trap-2000-students", "The university has 2000 students from overseas.", date(2025, 2, 4), []),
    (
        "edu-rebuild-nearly-three-years",
        "The rebuild took nearly three years.",
        date(2025, 8, 27),
        [("nearly three years", "P3Y")],
    ),
    (
        "edu-2023-figures",
        "The 2023 figures showed a record 14% of pupils persistently absent.",
        date(2025, 3, 20),
        [("2023", "2023")],
    ),
    (
        "edu-art-academy-strike",
        "Teachers at Hollins Park Academy walked out on Monday in a dispute over workload. The school was "
        "closed to all pupils except Year 11 and Year 13, who sat mock exams in the sports hall. The union "
        "said a second strike will take place on Thursday. The head teacher said the school will reopen on "
        "Friday whatever happens. Pupils have already lost eight days of teaching since January.",
        date(2025, 3, 11),
        [
            ("Monday", "2025-03-10"),
            ("Thursday", "2025-03-13"),
            ("Friday", "2025-03-14"),
            ("eight days", "P8D"),
            ("January", "2025-01"),
        ],
    ),
    (
        "edu-art-alevel-results",
        "A-level students in England received their results this morning, and the proportion of top grades "
        "fell again. Some 28% of entries were awarded an A or A*, down from 28.2% in 2024 but still above "
        "2019 levels. Universities said more places would be offered through Clearing than last year. "
        "Clearing opened at 8am and runs until Oct. 21. GCSE results follow next Thursday. In 2020 and 2021, "
        "when exams were cancelled, grades were set by teachers.",
        date(2025, 8, 14),
        [
            ("this morning", "2025-08-14TMO"),
            ("2024", "2024"),
            ("2019", "2019"),
            ("last year", "2024"),
            ("8am", "2025-08-14T08:00"),
            ("Oct. 21", "2025-10-21"),
            ("next Thursday", "2025-08-21"),
            ("2020", "2020"),
            ("2021", "2021"),
        ],
    ),
    (
        "edu-art-admissions-deadline",
        "Sixth-formers hoping to start university next autumn have four weeks left to apply. The main "
        "application deadline is 6pm on Jan. 28, and the admissions service said on Tuesday that applications "
        "were up 3% on last year. Medicine, dentistry and veterinary courses closed on Oct. 15. Late "
        "applications will be accepted until June 30, but popular courses usually fill up first. Offers are "
        "normally made by mid-May.",
        date(2025, 12, 31),
        [
            ("next autumn", "2026-FA"),
            ("four weeks", "P4W"),
            ("6pm on Jan. 28", "2026-01-28T18:00"),
            ("Tuesday", "2025-12-30"),
            ("last year", "2024"),
            ("Oct. 15", "2025-10-15"),
            ("June 30", "2026-06-30"),
            ("mid-May", "2026-05"),
        ],
    ),
    (
        "edu-art-university-anniversary",
        "The University of Northbridge was founded in 1851 by a group of mill owners. It admitted its first "
        "women students in 1878, long before most of its rivals. Next year it celebrates its 175th "
        "anniversary with a festival of lectures running from May to September. The vice-chancellor, who took "
        "office in 2019, said on Thursday that the celebrations would cost less than £2m. A new history of "
        "the university, written over the past five years, will be published in March.",
        date(2025, 1, 3),
        [
            ("1851", "1851"),
            ("1878", "1878"),
            ("Next year", "2026"),
            ("May", "2026-05"),
            ("September", "2026-09"),
            ("2019", "2019"),
            ("Thursday", "2025-01-02"),
            ("the past five years", "P5Y"),
            ("March", "2025-03"),
        ],
    ),
    (
        "edu-art-exam-timetable",
        "The exam season begins on May 7 with religious studies and ends on June 24. Pupils will sit up to 30 "
        "papers over seven weeks. The exam board said the timetable for this year had been changed after "
        "complaints that maths and physics clashed in 2025. Results will be published on Aug. 20. Schools "
        "will receive them at 8am on Aug. 19.",
        date(2026, 4, 20),
        [
            ("May 7", "2026-05-07"),
            ("June 24", "2026-06-24"),
            ("seven weeks", "P7W"),
            ("this year", "2026"),
            ("2025", "2025"),
            ("Aug. 20", "2026-08-20"),
            ("8am on Aug. 19", "2026-08-19T08:00"),
        ],
    ),
    (
        "edu-art-attainment-report",
        "Attainment among disadvantaged pupils has fallen since 2019, according to a report published on "
        "Wednesday by the Education Policy Institute. The gap between poorer pupils and their classmates at "
        "Key Stage 2 is now the widest in ten years. By the end of primary school, disadvantaged children are "
        "on average 10 months behind. The report's authors said the gap had narrowed steadily until 2019. The "
        "government has promised to respond in the autumn.",
        date(2025, 7, 9),
        [
            ("2019", "2019"),
            ("Wednesday", "2025-07-09"),
            ("now", "PRESENT_REF"),
            ("ten years", "P10Y"),
            ("10 months", "P10M"),
            ("2019", "2019"),
            ("the autumn", "2025-FA"),
        ],
    ),
    (
        "edu-art-snow-closures",
        "More than 200 schools in Aberdeenshire were closed today after heavy snow overnight. The council "
        "said on Monday evening that buses would not run. Schools are expected to reopen on Thursday, "
        "although a yellow warning for ice is in force until 10am on Wednesday. Pupils in S4 were due to sit "
        "prelim exams this week; those will now take place next week. In 2023, the council closed schools for "
        "four days.",
        date(2026, 1, 6),
        [
            ("today", "2026-01-06"),
            ("overnight", "2026-01-05TNI"),
            ("Monday evening", "2026-01-05TEV"),
            ("Thursday", "2026-01-08"),
            ("10am on Wednesday", "2026-01-07T10:00"),
            ("this week", "2026-W02"),
            ("now", "PRESENT_REF"),
            ("next week", "2026-W03"),
            ("2023", "2023"),
            ("four days", "P4D"),
        ],
    ),
    (
        "edu-art-lecturers-strike",
        "Lecturers at 12 universities will walk out on Monday in a strike lasting five days. The University "
        "and College Union said talks with employers broke down on Thursday evening. Students have already "
        "lost three weeks of teaching to industrial action since 2022. Marking will continue, but some exams "
        "scheduled for December may be moved to January. The union's next ballot closes on Dec. 12.",
        date(2025, 11, 29),
        [
            ("Monday", "2025-12-01"),
            ("five days", "P5D"),
            ("Thursday evening", "2025-11-27TEV"),
            ("three weeks", "P3W"),
            ("2022", "2022"),
            ("December", "2025-12"),
            ("January", "2026-01"),
            ("Dec. 12", "2025-12-12"),
        ],
    ),
    (
        "edu-art-new-school-opening",
        "A new secondary school in Milton Fields will open its doors to 180 Year 7 pupils in September. "
        "Building work began in 2025 and finished last month, three weeks ahead of schedule. Parents have "
        "until Jan. 15 to list the school as a preference. An open evening will be held at 6.30pm on "
        "Wednesday. The school will take 1,200 pupils when full.",
        date(2027, 1, 3),
        [
            ("September", "2027-09"),
            ("2025", "2025"),
            ("last month", "2026-12"),
            ("three weeks", "P3W"),
            ("Jan. 15", "2027-01-15"),
            ("6.30pm on Wednesday", "2027-01-06T18:30"),
        ],
    ),
    (
        "edu-art-physics-trainees",
        "The number of people training to teach physics has fallen again. Just 1,140 trainees started courses "
        "this autumn, against a target of 2,600. Over the past decade the government has missed its physics "
        "target every year. Bursaries rose to £29,000 in 2024. Ministers said on Friday that they plan to "
        "launch a recruitment drive in January, and figures for next year will be published in December.",
        date(2025, 9, 29),
        [
            ("this autumn", "2025-FA"),
            ("the past decade", "P10Y"),
            ("every year", "P1Y"),
            ("2024", "2024"),
            ("Friday", "2025-09-26"),
            ("January", "2026-01"),
            ("next year", "2026"),
            ("December", "2025-12"),
        ],
    ),
    (
        "edu-art-grammar-admits-girls",
        "St Aldhelm's Grammar School, which has taught boys in the town since 1553, will admit girls for the "
        "first time next September. The governors voted for the change in March after a consultation lasting "
        "six months. The school, known for its results in the 11-plus era, became an academy in 2012. Its "
        "headmaster, who arrived in 2017, said this week that 40 girls had already accepted places.",
        date(2026, 12, 31),
        [
            ("1553", "1553"),
            ("next September", "2027-09"),
            ("March", "2026-03"),
            ("six months", "P6M"),
            ("2012", "2012"),
            ("2017", "2017"),
            ("this week", "2026-W53"),
        ],
    ),
    (
        "edu-art-leaked-paper",
        "An exam board has cancelled a GCSE chemistry paper after it was leaked online on Tuesday night. "
        "About 50,000 pupils will now sit a replacement paper on Thursday morning. The second chemistry paper "
        "goes ahead at 1.30pm on June 26. The board said it was the first leak of a live paper since 2017. "
        "The police were called in yesterday.",
        date(2025, 6, 18),
        [
            ("Tuesday night", "2025-06-17TNI"),
            ("now", "PRESENT_REF"),
            ("Thursday morning", "2025-06-19TMO"),
            ("1.30pm on June 26", "2025-06-26T13:30"),
            ("2017", "2017"),
            ("yesterday", "2025-06-17"),
        ],
    ),
    (
        "edu-art-leeds-holidays",
        "Most schools in Leeds broke up on Friday, and pupils return on Jan. 5. Breakfast clubs will stay "
        "open on Dec. 29 and Dec. 30 for the children of key workers. The council said on Sunday that 14 "
        "schools would have new boilers fitted before pupils come back. Pupils lost 11 days of teaching to "
        "heating failures in 2024. Next year the council plans to spend £6m on repairs.",
        date(2025, 12, 22),
        [
            ("Friday", "2025-12-19"),
            ("Jan. 5", "2026-01-05"),
            ("Dec. 29", "2025-12-29"),
            ("Dec. 30", "2025-12-30"),
            ("Sunday", "2025-12-21"),
            ("11 days", "P11D"),
            ("2024", "2024"),
            ("Next year", "2026"),
        ],
    ),
    (
        "edu-art-league-table",
        "The university rose four places in the latest league table, published at midnight. It has climbed 20 "
        "places since 2020. The table's compilers said student satisfaction had recovered for the first time "
        "in five years. Graduate salaries will be added to the rankings from 2027. Applications for courses "
        "starting in October 2026 open on Sept. 30.",
        date(2025, 9, 16),
        [
            ("midnight", "2025-09-15T24:00"),
            ("2020", "2020"),
            ("five years", "P5Y"),
            ("2027", "2027"),
            ("October 2026", "2026-10"),
            ("Sept. 30", "2025-09-30"),
        ],
    ),
    (
        "edu-art-scottish-results",
        "More than 140,000 candidates in Scotland received their results by text and email from 8am. The pass "
        "rate for Higher exams was 77.1%, up from 77.0% last year but below its 2020 peak. Appeals can be "
        "lodged until Aug. 18, and priority appeals for university places must be in by Aug. 11. The "
        "qualifications body, founded in 1996, will be replaced next year by a new agency. Ministers said in "
        "February that the change had been delayed by three months. Pupils who sat exams in May will get "
        "appeal outcomes within six weeks.",
        date(2025, 8, 5),
        [
            ("8am", "2025-08-05T08:00"),
            ("last year", "2024"),
            ("2020", "2020"),
            ("Aug. 18", "2025-08-18"),
            ("Aug. 11", "2025-08-11"),
            ("1996", "1996"),
            ("next year", "2026"),
            ("February", "2025-02"),
            ("three months", "P3M"),
            ("May", "2025-05"),
            ("six weeks", "P6W"),
        ],
    ),
    (
        "edu-art-campus-fire",
        "A fire tore through the chemistry building at Westmoor University early on Sunday, destroying "
        "laboratories used by 400 students. Firefighters were called at 3.15am and the blaze was under "
        "control by 7am. The university said the building, opened in 1966, would stay closed for six months. "
        "Exams due to be held there in January will move to the sports centre. Teaching resumes on Jan. 13. "
        "The vice-chancellor said last night that no one had been hurt.",
        date(2024, 12, 30),
        [
            ("Sunday", "2024-12-29"),
            ("3.15am", "2024-12-29T03:15"),
            ("7am", "2024-12-29T07:00"),
            ("1966", "1966"),
            ("six months", "P6M"),
            ("January", "2025-01"),
            ("Jan. 13", "2025-01-13"),
            ("last night", "2024-12-29TNI"),
        ],
    ),
    (
        "edu-art-free-meals-report",
        "Almost a quarter of pupils in England are now eligible for free school meals, up from 15% in 2019, "
        "according to figures published on Thursday. The number has risen every year since the pandemic. In "
        "January, when the annual school census was taken, 2.2 million children qualified. Ministers will "
        "extend eligibility from September to all families on universal credit. Campaigners said the change, "
        "first promised in 2024, was two years late. The next census will be taken on Jan. 21.",
        date(2026, 6, 5),
        [
            ("now", "PRESENT_REF"),
            ("2019", "2019"),
            ("Thursday", "2026-06-04"),
            ("every year", "P1Y"),
            ("January", "2026-01"),
            ("September", "2026-09"),
            ("2024", "2024"),
            ("two years", "P2Y"),
            ("Jan. 21", "2027-01-21"),
        ],
    ),
    # --- a thirty-third held-out batch: Asia-Pacific English news, written blind ---
    (
        "apac-st-last-thursday-paren",
        "The police said last Thursday (Jan 4) that the suspect had fled to Johor.",
        date(2024, 1, 8),
        [("last Thursday", "2024-01-04"), ("Jan 4", "2024-01-04")],
    ),
    (
        "apac-st-monday-paren-from-1-april",
        "The Ministry of Manpower announced on Monday (March 3) that the levy would rise from 1 April.",
        date(2025, 3, 4),
        [("Monday", "2025-03-03"), ("March 3", "2025-03-03"), ("1 April", "2025-04-01")],
    ),
    (
        "apac-ph-jan-5-no-dot-w53",
        "Classes in public schools will resume on Jan 5, the Department of Education said.",
        date(2026, 12, 28),
        [("Jan 5", "2027-01-05")],
    ),
    (
        "apac-hk-830am-on-wednesday",
        "The Hong Kong Observatory issued the No 8 signal at 8.30am on Wednesday.",
        date(2025, 11, 12),
        [("8.30am on Wednesday", "2025-11-12T08:30")],
    ),
    (
        "apac-jp-2pm-local-time",
        "The quake struck at 2pm local time, Japan's Meteorological Agency said.",
        date(2025, 5, 11),
        [("2pm", "2025-05-11T14:00")],
    ),
    (
        "apac-in-budget-from-1-april",
        "The new income tax slabs will apply from 1 April, Finance Minister Nirmala Sitharaman said in her "
        "Budget speech on Sunday.",
        date(2026, 2, 2),
        [("1 April", "2026-04-01"), ("Sunday", "2026-02-01")],
    ),
    (
        "apac-in-rbi-10am-12-feb",
        "The Reserve Bank of India will announce its next policy decision at 10am on 12 Feb.",
        date(2026, 1, 29),
        [("10am on 12 Feb", "2026-02-12T10:00")],
    ),
    (
        "apac-au-next-wed",
        "The Reserve Bank board meets next Wed, with markets pricing in a hold.",
        date(2025, 6, 27),
        [("next Wed", "2025-07-02")],
    ),
    (
        "apac-sg-by-end-june",
        "The MRT line is expected to be fully restored by end-June.",
        date(2026, 3, 30),
        [("end-June", "2026-06")],
    ),
    (
        "apac-sg-mid-2026",
        "The first flats are due to be completed by mid-2026, HDB said.",
        date(2025, 6, 27),
        [("mid-2026", "2026")],
    ),
    (
        "apac-sg-first-half-gdp",
        "Singapore's economy grew 4.3 per cent in the first half, the Ministry of Trade and Industry said on Tuesday.",
        date(2025, 8, 12),
        [("the first half", "2025-H1"), ("Tuesday", "2025-08-12")],
    ),
    (
        "apac-in-2024-general-election",
        "The party lost 12 seats in the 2024 general election.",
        date(2025, 11, 12),
        [("2024", "2024")],
    ),
    (
        "apac-sg-over-the-weekend",
        "More than 3,000 people queued over the weekend for the limited-edition figurines.",
        date(2024, 1, 8),
        [("the weekend", "2024-W01-WE")],
    ),
    (
        "apac-hk-for-a-fortnight",
        "The ferry service was suspended for a fortnight after the typhoon.",
        date(2025, 9, 27),
        [("a fortnight", "P2W")],
    ),
    (
        "apac-sg-ahead-of-chinese-new-year",
        "Retailers expect a surge in spending ahead of the Chinese New Year.",
        date(2026, 1, 16),
        [("the Chinese New Year", "2026-02-17")],
    ),
    (
        "apac-in-financial-year-ending-march-31",
        "Infosys said revenue is expected to grow 3 per cent in the financial year ending March 31.",
        date(2025, 10, 16),
        [("the financial year", "P1Y"), ("March 31", "2026-03-31")],
    ),
    (
        "apac-hk-yesterday-leap-day",
        "The Legislative Council passed the bill yesterday, and it will be gazetted on Friday.",
        date(2024, 2, 29),
        [("yesterday", "2024-02-28"), ("Friday", "2024-03-01")],
    ),
    (
        "apac-sg-as-at-end-june-2024",
        "Singapore's population stood at 6.04 million as at end-June 2024.",
        date(2024, 9, 24),
        [("end-June 2024", "2024-06")],
    ),
    (
        "apac-au-minimum-wage-1-july",
        "The Fair Work Commission announced on Tuesday that the minimum wage will rise 3.5 per cent from 1 July.",
        date(2025, 6, 3),
        [("Tuesday", "2025-06-03"), ("1 July", "2025-07-01")],
    ),
    (
        "apac-ph-declared-dec-8",
        "Malacanang declared Dec 8 a special non-working day.",
        date(2025, 11, 28),
        [("Dec 8", "2025-12-08")],
    ),
    (
        "apac-jp-boj-april",
        "The Bank of Japan is expected to raise rates again in April.",
        date(2025, 11, 12),
        [("April", "2026-04")],
    ),
    (
        "apac-sg-every-monday",
        "The hawker centre closes for cleaning every Monday.",
        date(2025, 3, 4),
        [("every Monday", "XXXX-WXX-1")],
    ),
    (
        "apac-in-this-morning-24-hours",
        "Mumbai received 120mm of rain in 24 hours, the India Meteorological Department said this morning.",
        date(2025, 7, 7),
        [("24 hours", "PT24H"), ("this morning", "2025-07-07TMO")],
    ),
    (
        "apac-sg-fortnight-ago",
        "The clinic reopened a fortnight ago.",
        date(2026, 7, 15),
        [("a fortnight ago", "2026-W27")],
    ),
    (
        "apac-trap-straits-times-index",
        "The Straits Times Index closed 0.4 per cent higher at 3,880.12 points.",
        date(2025, 3, 4),
        [],
    ),
    (
        "apac-trap-may-march",
        "Protesters may march to the Legislative Council, the organisers warned.",
        date(2025, 11, 12),
        [],
    ),
    (
        "apac-au-before-christmas",
        "Retailers expect Australians to spend a record $69 billion before Christmas.",
        date(2025, 11, 12),
        [("Christmas", "2025-12-25")],
    ),
    (
        "apac-hk-overnight-9am",
        "Typhoon Ragasa brought gusts of 200km/h overnight, and the No 10 signal remained in force at 9am.",
        date(2025, 9, 24),
        [("overnight", "2025-09-23TNI"), ("9am", "2025-09-24T09:00")],
    ),
    (
        "apac-au-may-3-election-three-year",
        "The government was re-elected at the May 3 election, winning a second three-year term.",
        date(2025, 5, 11),
        [("May 3", "2025-05-03"), ("three-year", "P3Y")],
    ),
    (
        "apac-ph-1986-36-years",
        "The Marcos family returned to Malacanang in 2022, 36 years after it fled into exile in 1986.",
        date(2025, 11, 28),
        [("2022", "2022"), ("36 years", "P36Y"), ("1986", "1986")],
    ),
    (
        "apac-jp-jan-2-year-end",
        "The emperor will give his New Year greeting at the Imperial Palace on Jan 2.",
        date(2026, 12, 31),
        [("Jan 2", "2027-01-02")],
    ),
    (
        "apac-sg-last-year-this-year-w53",
        "Visitor arrivals rose 20 per cent last year and are forecast to reach 17 million this year.",
        date(2027, 1, 1),
        [("last year", "2026"), ("this year", "2027")],
    ),
    (
        "apac-sg-new-years-day-this-week-w53",
        "Markets will be closed on Friday for New Year's Day, and trading this week is thin.",
        date(2026, 12, 28),
        [("Friday", "2027-01-01"), ("New Year's Day", "2027-01-01"), ("this week", "2026-W53")],
    ),
    (
        "apac-sg-last-week-2020-w53",
        "Singapore reported no new local cases last week, the health ministry said on Thursday.",
        date(2021, 1, 1),
        [("last week", "2020-W52"), ("Thursday", "2020-12-31")],
    ),
    (
        "apac-hk-1-july-1997",
        "Hong Kong returned to Chinese rule on 1 July 1997.",
        date(2025, 7, 1),
        [("1 July 1997", "1997-07-01")],
    ),
    (
        "apac-sg-noon-on-saturday",
        "The haze advisory will be reviewed at noon on Saturday.",
        date(2025, 9, 25),
        [("noon on Saturday", "2025-09-27T12:00")],
    ),
    (
        "apac-art-st-mrt-disruption",
        "Train services on the East-West Line will be fully restored by end-October, the Land Transport "
        "Authority said on Monday (Sept 30). A faulty track circuit caused a six-day disruption between "
        "Jurong East and Buona Vista from Sept 25. Shuttle buses were deployed at 35 stations. SMRT will be "
        "fined, Transport Minister Chee Hong Tat told Parliament on Tuesday (Oct 1). The line was last "
        "disrupted for more than a day in November 2023. Commuters were given free travel on Friday and "
        "Saturday. The LTA will release its investigation report within three months.",
        date(2024, 10, 1),
        [
            ("end-October", "2024-10"),
            ("Monday", "2024-09-30"),
            ("Sept 30", "2024-09-30"),
            ("six-day", "P6D"),
            ("Sept 25", "2024-09-25"),
            ("Tuesday", "2024-10-01"),
            ("Oct 1", "2024-10-01"),
            ("more than a day", "P1D"),
            ("November 2023", "2023-11"),
            ("Friday", "2024-09-27"),
            ("Saturday", "2024-09-28"),
            ("three months", "P3M"),
        ],
    ),
    (
        "apac-art-hk-typhoon-signal-10",
        "The Hong Kong Observatory raised the No 10 hurricane signal at 2.40am on Wednesday as Typhoon Ragasa "
        "passed 100km south of the city. Schools were closed, and more than 700 flights were cancelled. The "
        "signal is expected to be lowered this afternoon. Ragasa is the strongest storm to hit the region "
        "since Mangkhut in 2018. The government said on Tuesday that more than 1,000 people had taken "
        "shelter. Hong Kong last hoisted the No 10 signal in September 2023. Government offices will reopen "
        "on Thursday.",
        date(2025, 9, 24),
        [
            ("2.40am on Wednesday", "2025-09-24T02:40"),
            ("this afternoon", "2025-09-24TAF"),
            ("2018", "2018"),
            ("Tuesday", "2025-09-23"),
            ("September 2023", "2023-09"),
            ("Thursday", "2025-09-25"),
        ],
    ),
    (
        "apac-art-in-union-budget",
        "Finance Minister Nirmala Sitharaman presented the Union Budget on Sunday, promising to cut the "
        "fiscal deficit to 4.4 per cent of GDP. The new income tax rules will take effect from 1 April. "
        "Markets fell sharply after the speech, with the Sensex losing 1,500 points by 3.30pm. The Reserve "
        "Bank of India will review interest rates on 6 Feb. Economists expect growth of 7 per cent this year. "
        "The last full Budget before the 2024 general election was presented in February 2023. Parliament "
        "will sit until 2 April.",
        date(2026, 2, 2),
        [
            ("Sunday", "2026-02-01"),
            ("1 April", "2026-04-01"),
            ("3.30pm", "2026-02-01T15:30"),
            ("6 Feb", "2026-02-06"),
            ("this year", "2026"),
            ("2024", "2024"),
            ("February 2023", "2023-02"),
            ("2 April", "2026-04-02"),
        ],
    ),
    (
        "apac-art-au-rba-cut",
        "The Reserve Bank of Australia cut the cash rate by 25 basis points to 4.1 per cent at 2.30pm on "
        "Tuesday, its first cut since November 2020. Governor Michele Bullock said the board would not commit "
        "to further cuts. The board next meets on 31 March and 1 April. Mortgage holders will see lower "
        "repayments within a fortnight. Markets expect two more cuts by the end of the year. Australia's "
        "annual inflation rate peaked at 7.8 per cent in late 2022. Westpac said it would pass on the cut in "
        "full from Friday.",
        date(2025, 2, 18),
        [
            ("2.30pm on Tuesday", "2025-02-18T14:30"),
            ("November 2020", "2020-11"),
            ("31 March", "2025-03-31"),
            ("1 April", "2025-04-01"),
            ("a fortnight", "P2W"),
            ("the end of the year", "2025"),
            ("late 2022", "2022"),
            ("Friday", "2025-02-21"),
        ],
    ),
    (
        "apac-art-ph-midterm-election",
        "Filipinos voted on Monday in midterm elections seen as a referendum on President Ferdinand Marcos "
        "Jr, who took office in June 2022. Polls closed at 7pm, and counting began immediately. The "
        "Commission on Elections said on Tuesday that turnout had reached a record 81 per cent. The 12 "
        "winning senators are expected to be proclaimed by Saturday. They will take office on June 30 and "
        "serve six-year terms. Results from the 2022 presidential election were known within 24 hours.",
        date(2025, 5, 13),
        [
            ("Monday", "2025-05-12"),
            ("June 2022", "2022-06"),
            ("7pm", "2025-05-12T19:00"),
            ("Tuesday", "2025-05-13"),
            ("Saturday", "2025-05-17"),
            ("June 30", "2025-06-30"),
            ("six-year", "P6Y"),
            ("2022", "2022"),
            ("24 hours", "PT24H"),
        ],
    ),
    (
        "apac-art-jp-boj-ends-negative-rates",
        "The Bank of Japan ended eight years of negative interest rates on Tuesday, its first rate rise in 17 "
        "years. The decision was announced at 12.30pm local time. Governor Kazuo Ueda told reporters that "
        "policy would remain accommodative. Japan's largest companies agreed last week to raise wages by more "
        "than 5 per cent, the most since 1991. The next policy meeting is on April 25 and 26. Markets were "
        "closed on Wednesday for a public holiday.",
        date(2024, 3, 20),
        [
            ("eight years", "P8Y"),
            ("Tuesday", "2024-03-19"),
            ("17 years", "P17Y"),
            ("12.30pm", "2024-03-19T12:30"),
            ("last week", "2024-W11"),
            ("1991", "1991"),
            ("April 25", "2024-04-25"),
            ("26", "2024-04-26"),
            ("Wednesday", "2024-03-20"),
        ],
    ),
    (
        "apac-art-sg-chinatown-cny",
        "Crowds are expected at Chinatown's festive market this weekend, the last before the Chinese New "
        "Year. The market, which opened on Jan 23, will run until Feb 16. Stallholders said sales of mandarin "
        "oranges had risen 10 per cent from last year. Most shops will close for two days from Feb 17. The "
        "National Environment Agency will step up inspections from Saturday. Last year's market drew 1.2 "
        "million visitors over four weeks.",
        date(2026, 2, 13),
        [
            ("this weekend", "2026-W07-WE"),
            ("the Chinese New Year", "2026-02-17"),
            ("Jan 23", "2026-01-23"),
            ("Feb 16", "2026-02-16"),
            ("last year", "2025"),
            ("two days", "P2D"),
            ("Feb 17", "2026-02-17"),
            ("Saturday", "2026-02-14"),
            ("Last year", "2025"),
            ("four weeks", "P4W"),
        ],
    ),
    (
        "apac-art-au-bhp-results",
        "BHP reported a 26 per cent fall in underlying profit for the financial year ended June 30, its "
        "lowest result in five years. Chief executive Mike Henry said on Tuesday that demand from China "
        "remained weak. The miner will pay a final dividend of 60 US cents a share on Sept 25. Iron ore "
        "prices fell through the first half but have recovered since June. Its shares have risen 8 per cent "
        "this year. The company will release its quarterly production report in October.",
        date(2025, 8, 19),
        [
            ("the financial year", "P1Y"),
            ("June 30", "2025-06-30"),
            ("five years", "P5Y"),
            ("Tuesday", "2025-08-19"),
            ("Sept 25", "2025-09-25"),
            ("the first half", "2025-H1"),
            ("June", "2025-06"),
            ("this year", "2025"),
            ("October", "2025-10"),
        ],
    ),
    (
        "apac-art-ph-super-typhoon",
        "Super Typhoon Fung-wong is expected to make landfall in Aurora province tonight, the state weather "
        "bureau said on Sunday. More than 900,000 people were evacuated on Saturday. Classes in Metro Manila "
        "will be suspended on Monday and Tuesday. The storm follows Typhoon Kalmaegi, which killed more than "
        "200 people in the Visayas on Tuesday. President Marcos declared a state of calamity for a year on "
        "Thursday.",
        date(2025, 11, 9),
        [
            ("tonight", "2025-11-09TNI"),
            ("Sunday", "2025-11-09"),
            ("Saturday", "2025-11-08"),
            ("Monday", "2025-11-10"),
            ("Tuesday", "2025-11-11"),
            ("Tuesday", "2025-11-04"),
            ("a year", "P1Y"),
            ("Thursday", "2025-11-06"),
        ],
    ),
    (
        "apac-art-sg-countdown-w53",
        "Singapore will usher in the new year with fireworks at Marina Bay tonight. The countdown show starts "
        "at 9pm, and more than 500,000 people are expected, up from 400,000 last year. The last trains will "
        "leave at 2am on Friday. Public hospitals have been on alert this week after a rise in influenza "
        "cases. Offices reopen on Monday (Jan 4).",
        date(2026, 12, 31),
        [
            ("the new year", "2027"),
            ("tonight", "2026-12-31TNI"),
            ("9pm", "2026-12-31T21:00"),
            ("last year", "2025"),
            ("2am on Friday", "2027-01-01T02:00"),
            ("this week", "2026-W53"),
            ("Monday", "2027-01-04"),
            ("Jan 4", "2027-01-04"),
        ],
    ),
    (
        "apac-art-in-monsoon-onset",
        "The south-west monsoon is likely to reach Kerala within the next two days, eight days ahead of its "
        "normal onset date of June 1, the India Meteorological Department said on Friday. Last year, the "
        "monsoon arrived on May 30. Mumbai could see its first monsoon showers by mid-June. The IMD forecast "
        "above-normal rainfall in April. Delhi recorded 45.2 degrees on Thursday, its hottest day in three "
        "years.",
        date(2025, 5, 23),
        [
            ("the next two days", "P2D"),
            ("eight days", "P8D"),
            ("June 1", "2025-06-01"),
            ("Friday", "2025-05-23"),
            ("Last year", "2024"),
            ("May 30", "2024-05-30"),
            ("mid-June", "2025-06"),
            ("April", "2025-04"),
            ("Thursday", "2025-05-22"),
            ("three years", "P3Y"),
        ],
    ),
    (
        "apac-art-hk-collusion-verdict",
        "A Hong Kong court on Monday (Dec 15) found the media tycoon guilty of collusion with foreign forces. "
        "He was arrested in August 2020 and has been held in custody since December 2020. Mitigation hearings "
        "will begin on Jan 12. The trial, which opened in December 2023, ran for 156 days. He faces up to "
        "life in prison. Sentencing is expected in February.",
        date(2025, 12, 18),
        [
            ("Monday", "2025-12-15"),
            ("Dec 15", "2025-12-15"),
            ("August 2020", "2020-08"),
            ("December 2020", "2020-12"),
            ("Jan 12", "2026-01-12"),
            ("December 2023", "2023-12"),
            ("156 days", "P156D"),
            ("February", "2026-02"),
        ],
    ),
    (
        "apac-art-sg-cdc-vouchers",
        "Prime Minister Lawrence Wong announced on Tuesday (March 4) that households will receive $600 in CDC "
        "vouchers in May. The vouchers, first given out in December 2020, can be used until Dec 31. He also "
        "said the general election would be held by November. The 2020 general election was held during the "
        "pandemic, on July 10. Debate on the ministry budgets begins next Wed.",
        date(2025, 3, 5),
        [
            ("Tuesday", "2025-03-04"),
            ("March 4", "2025-03-04"),
            ("May", "2025-05"),
            ("December 2020", "2020-12"),
            ("Dec 31", "2025-12-31"),
            ("November", "2025-11"),
            ("2020", "2020"),
            ("July 10", "2020-07-10"),
            ("next Wed", "2025-03-12"),
        ],
    ),
    (
        "apac-art-au-victoria-fires-w53",
        "Firefighters were battling more than 40 blazes across Victoria on Saturday after temperatures topped "
        "44 degrees on Friday. A total fire ban is in force until midnight on Sunday. The Bureau of "
        "Meteorology said cooler conditions would arrive by Monday afternoon. It was the state's hottest day "
        "since 2009, when the Black Saturday fires killed 173 people. Residents who lost homes will receive "
        "payments within a fortnight, the premier said. Holidaymakers were told on Thursday to leave the "
        "Grampians.",
        date(2027, 1, 2),
        [
            ("Saturday", "2027-01-02"),
            ("Friday", "2027-01-01"),
            ("midnight on Sunday", "2027-01-03T24:00"),
            ("Monday afternoon", "2027-01-04TAF"),
            ("2009", "2009"),
            ("a fortnight", "P2W"),
            ("Thursday", "2026-12-31"),
        ],
    ),
    (
        "apac-art-in-ipo-timetable",
        "The IPO opens for subscription on 21 July and closes on 23 July. Shares are expected to list on the "
        "NSE on 28 July. The company raised Rs 5,000 crore from anchor investors on Tuesday. Its revenue grew "
        "40 per cent in the financial year ended 31 March. The issue was first planned for mid-2025 but was "
        "delayed by market turmoil. The company's last attempt to list, in 2021, was abandoned after two "
        "weeks.",
        date(2026, 7, 15),
        [
            ("21 July", "2026-07-21"),
            ("23 July", "2026-07-23"),
            ("28 July", "2026-07-28"),
            ("Tuesday", "2026-07-14"),
            ("the financial year", "P1Y"),
            ("31 March", "2026-03-31"),
            ("mid-2025", "2025"),
            ("2021", "2021"),
            ("two weeks", "P2W"),
        ],
    ),
    (
        "apac-art-jp-lower-house-election",
        "Japan's ruling coalition lost its majority in Sunday's general election, the first time since 2009. "
        "Prime Minister Shigeru Ishiba, who took office on Oct 1, said on Monday that he would stay on. "
        "Turnout was 53.85 per cent, down from 55.93 per cent in 2021. A special Diet session must be "
        "convened within 30 days. Analysts expect the yen to stay weak through the end of the year. The "
        "Nikkei closed 1.8 per cent higher at 3pm.",
        date(2024, 10, 28),
        [
            ("Sunday", "2024-10-27"),
            ("2009", "2009"),
            ("Oct 1", "2024-10-01"),
            ("Monday", "2024-10-28"),
            ("2021", "2021"),
            ("30 days", "P30D"),
            ("the end of the year", "2024"),
            ("3pm", "2024-10-28T15:00"),
        ],
    ),
    (
        "apac-art-sg-general-election",
        "The People's Action Party won 87 of 97 seats in Saturday's general election, taking 65.6 per cent of "
        "the vote. Polling stations were open from 8am to 8pm. Results for every constituency were announced "
        "by 3am on Sunday. It was Prime Minister Lawrence Wong's first election as party leader since taking "
        "over from Lee Hsien Loong in May 2024. The new Cabinet will be sworn in later this month. Parliament "
        "is expected to reopen in September. The opposition Workers' Party held all its seats from the 2020 "
        "election.",
        date(2025, 5, 4),
        [
            ("Saturday", "2025-05-03"),
            ("8am", "2025-05-03T08:00"),
            ("8pm", "2025-05-03T20:00"),
            ("3am on Sunday", "2025-05-04T03:00"),
            ("May 2024", "2024-05"),
            ("later this month", "2025-05"),
            ("September", "2025-09"),
            ("2020", "2020"),
        ],
    ),
    # --- a thirty-fourth held-out batch: headlines, captions, datelines and corrections, written blind ---
    (
        "head-fed-to-decide-wednesday-w53",
        "Fed to decide on rates Wednesday",
        date(2026, 12, 28),
        [("Wednesday", "2026-12-30")],
    ),
    ("head-vote-set-for-thursday-new-year", "Vote set for Thursday", date(2027, 1, 1), [("Thursday", "2027-01-07")]),
    (
        "head-macron-to-visit-kyiv-friday",
        "Macron to visit Kyiv on Friday",
        date(2025, 6, 9),
        [("Friday", "2025-06-13")],
    ),
    ("head-talks-set-for-next-week-w53", "Talks set for next week", date(2026, 12, 31), [("next week", "2027-W01")]),
    ("head-runoff-set-for-jan-4", "Runoff set for Jan. 4", date(2025, 12, 31), [("Jan. 4", "2026-01-04")]),
    (
        "head-eu-leaders-to-meet-tonight",
        "EU leaders to meet tonight on Ukraine aid",
        date(2025, 12, 18),
        [("tonight", "2025-12-18TNI")],
    ),
    ("head-minimum-wage-rises-jan-1", "Minimum wage rises on Jan. 1", date(2026, 12, 28), [("Jan. 1", "2027-01-01")]),
    (
        "head-polls-close-8pm-sunday",
        "Polls close at 8 p.m. Sunday in runoff",
        date(2025, 10, 30),
        [("8 p.m. Sunday", "2025-11-02T20:00")],
    ),
    (
        "head-exclusive-regulator-to-fine-next-month",
        "EXCLUSIVE: Regulator to fine bank next month",
        date(2026, 11, 30),
        [("next month", "2026-12")],
    ),
    (
        "head-four-killed-market-fire-sunday",
        "Four killed in Lagos market fire on Sunday",
        date(2025, 1, 6),
        [("Sunday", "2025-01-05")],
    ),
    (
        "head-dozens-arrested-belgrade-saturday",
        "Dozens arrested after clashes in Belgrade Saturday",
        date(2025, 12, 28),
        [("Saturday", "2025-12-27")],
    ),
    (
        "head-taliban-claimed-panjshir-monday",
        "Taliban claimed capture of Panjshir on Monday",
        date(2021, 9, 7),
        [("Monday", "2021-09-06")],
    ),
    (
        "head-ceasefire-agreed-thursday",
        "Ceasefire agreed on Thursday after marathon talks",
        date(2025, 10, 11),
        [("Thursday", "2025-10-09")],
    ),
    (
        "head-jobless-claims-fell-last-week-w53",
        "Jobless claims fell last week",
        date(2021, 1, 7),
        [("last week", "2020-W53")],
    ),
    (
        "head-parliament-returns-this-week",
        "Parliament returns this week",
        date(2021, 1, 4),
        [("this week", "2021-W01")],
    ),
    ("head-class-of-26", "Class of '26 graduates into a cooling job market", date(2026, 6, 15), [("'26", "2026")]),
    (
        "head-caption-ap-kabul-sunday",
        "Protesters march in Kabul, Afghanistan, Sunday, Sept. 5, 2021.",
        date(2021, 9, 6),
        [("Sunday, Sept. 5, 2021", "2021-09-05")],
    ),
    (
        "head-caption-ap-valencia-credit",
        "A man walks past a flooded shop in Valencia, Spain, Wednesday, Oct. 30, 2024. (AP Photo/Alberto Saiz)",
        date(2024, 10, 31),
        [("Wednesday, Oct. 30, 2024", "2024-10-30")],
    ),
    (
        "head-caption-reuters-leap-day",
        "FILE PHOTO: A voter casts a ballot in Helsinki, Finland, February 29, 2024. REUTERS/Jane Doe/File Photo",
        date(2025, 3, 3),
        [("February 29, 2024", "2024-02-29")],
    ),
    (
        "head-caption-ap-file-then-gov",
        "FILE - Then-Gov. Jane Roe speaks in Albany, N.Y., on June 3, 2019. (AP Photo/Hans Pennink, File)",
        date(2025, 3, 3),
        [("June 3, 2019", "2019-06-03")],
    ),
    ("head-dateline-kabul-reuters-only", "KABUL, Sept. 6 (Reuters) -", date(2021, 9, 6), [("Sept. 6", "2021-09-06")]),
    ("head-dateline-london-ap-only", "LONDON (AP) —", date(2025, 3, 3), []),
    (
        "head-dateline-berlin-dec-31-wednesday",
        "BERLIN, Dec 31 (Reuters) - Germany's DAX closed at a record high on Wednesday.",
        date(2025, 12, 31),
        [("Dec 31", "2025-12-31"), ("Wednesday", "2025-12-31")],
    ),
    (
        "head-dateline-nairobi-afp-tuesday",
        "NAIROBI, Kenya (AFP) — Kenya's president on Tuesday signed the finance bill into law.",
        date(2026, 7, 1),
        [("Tuesday", "2026-06-30")],
    ),
    (
        "head-dateline-tokyo-jan-2-reopen-monday",
        "TOKYO, Jan 2 (Reuters) - Japan's financial markets will reopen on Monday after a five-day break.",
        date(2026, 1, 2),
        [("Jan 2", "2026-01-02"), ("Monday", "2026-01-05"), ("five-day", "P5D")],
    ),
    (
        "head-stamp-published-am-est-mon",
        "Published: 9:15 AM EST, Mon March 4, 2024",
        date(2024, 3, 4),
        [("9:15 AM EST, Mon March 4, 2024", "2024-03-04T09:15")],
    ),
    (
        "head-stamp-updated-leap-day-late",
        "Updated 11:52 p.m. ET, Thu February 29, 2024",
        date(2024, 2, 29),
        [("11:52 p.m. ET, Thu February 29, 2024", "2024-02-29T23:52")],
    ),
    (
        "head-stamp-last-modified-new-year",
        "Last modified on Fri 1 Jan 2027 00.05 GMT",
        date(2027, 1, 1),
        [("Fri 1 Jan 2027 00.05 GMT", "2027-01-01T00:05")],
    ),
    (
        "head-stamp-updated-bst-sunday",
        "Updated 21:30 BST, Sunday 29 March 2026",
        date(2026, 3, 29),
        [("21:30 BST, Sunday 29 March 2026", "2026-03-29T21:30")],
    ),
    (
        "head-stamp-published-jan-1-gmt",
        "Published 1 January 2021, 00:12 GMT",
        date(2021, 1, 1),
        [("1 January 2021, 00:12 GMT", "2021-01-01T00:12")],
    ),
    ("head-byline-two-names-reuters", "By Maria Lopez and Tom Hart, Reuters", date(2025, 3, 3), []),
    ("head-byline-staff-writer", "By Daniel Ortiz | Staff writer", date(2025, 3, 3), []),
    ("head-kicker-live-results", "LIVE: Election results as they come in", date(2025, 3, 3), []),
    (
        "head-standfirst-first-since-2019",
        "The vote, the first since 2019, was called six months early after the coalition collapsed in March.",
        date(2025, 6, 9),
        [("2019", "2019"), ("six months", "P6M"), ("March", "2025-03")],
    ),
    (
        "head-standfirst-belem-next-week",
        "Negotiators meet in Belém next week with emissions still rising over the past decade.",
        date(2025, 11, 3),
        [("next week", "2025-W46"), ("the past decade", "P10Y")],
    ),
    (
        "head-standfirst-inquiry-due-wednesday",
        "Survivors have waited eight years for the inquiry's final report, which is due on Wednesday.",
        date(2024, 9, 2),
        [("eight years", "P8Y"), ("Wednesday", "2024-09-04")],
    ),
    (
        "head-correction-vote-is-tuesday-not-wednesday",
        "An earlier version of this article misstated the date of the vote, which is on Tuesday, not Wednesday.",
        date(2026, 1, 30),
        [("Tuesday", "2026-02-03"), ("Wednesday", "2026-02-04")],
    ),
    (
        "head-correction-bridge-opened-1937",
        "Correction: An earlier version of this article said the bridge opened in 1932. It opened in 1937.",
        date(2025, 3, 3),
        [("1932", "1932"), ("1937", "1937")],
    ),
    (
        "head-clarification-monday-not-sunday",
        "Clarification: The meeting took place on Monday, not on Sunday as previously reported.",
        date(2026, 12, 30),
        [("Monday", "2026-12-28"), ("Sunday", "2026-12-27")],
    ),
    (
        "head-editors-note-first-published-updated",
        "Editor's note: This story was first published on Dec. 30, 2026, and updated on Jan. 2, 2027.",
        date(2027, 1, 2),
        [("Dec. 30, 2026", "2026-12-30"), ("Jan. 2, 2027", "2027-01-02")],
    ),
    (
        "head-correction-amended-final-is-sunday",
        "This article was amended on 2 January 2027 to correct the date of the final, which is on Sunday.",
        date(2027, 1, 2),
        [("2 January 2027", "2027-01-02"), ("Sunday", "2027-01-03")],
    ),
    (
        "head-article-panjshir",
        "Taliban claimed full control of Panjshir on Monday\nKABUL, Sept. 6 (Reuters) - The Taliban said on "
        "Monday they had taken full control of the Panjshir valley, the last pocket of armed resistance in "
        "Afghanistan.\nA spokesman said fighters had entered the provincial capital overnight.\nResistance "
        "leaders, who vowed on Sunday to keep fighting, denied the claim.\nThe group seized Kabul on Aug. 15, "
        "two weeks before the last U.S. troops left on Aug. 30.",
        date(2021, 9, 6),
        [
            ("Monday", "2021-09-06"),
            ("Sept. 6", "2021-09-06"),
            ("Monday", "2021-09-06"),
            ("overnight", "2021-09-05TNI"),
            ("Sunday", "2021-09-05"),
            ("Aug. 15", "2021-08-15"),
            ("two weeks", "P2W"),
            ("Aug. 30", "2021-08-30"),
        ],
    ),
    (
        "head-article-fed-w53",
        "Fed to decide on rates Wednesday\nWASHINGTON (AP) — Federal Reserve officials begin a two-day "
        "meeting on Tuesday, with a decision on interest rates due Wednesday afternoon.\nMarkets expect a "
        "quarter-point cut, the third since September.\nChair Ana Ruiz will hold a news conference at 2:30 "
        "p.m. on Wednesday.\nThe central bank last cut rates in October.",
        date(2026, 12, 28),
        [
            ("Wednesday", "2026-12-30"),
            ("two-day", "P2D"),
            ("Tuesday", "2026-12-29"),
            ("Wednesday afternoon", "2026-12-30TAF"),
            ("September", "2026-09"),
            ("2:30 p.m. on Wednesday", "2026-12-30T14:30"),
            ("October", "2026-10"),
        ],
    ),
    (
        "head-article-rome-confidence-vote",
        "Vote set for Thursday as coalition talks stall\nROME, Jan 1 (Reuters) - Italy's parliament will hold "
        "a confidence vote on Thursday, the speaker's office said on Friday.\nThe government lost its "
        "majority last week when a junior partner walked out.\nPrime Minister Marco Bellini, in office since "
        "2024, told reporters late on Thursday that he expected to survive.\nLast year the coalition survived "
        "two such votes.",
        date(2027, 1, 1),
        [
            ("Thursday", "2027-01-07"),
            ("Jan 1", "2027-01-01"),
            ("Thursday", "2027-01-07"),
            ("Friday", "2027-01-01"),
            ("last week", "2026-W52"),
            ("2024", "2024"),
            ("Thursday", "2026-12-31"),
            ("Last year", "2026"),
        ],
    ),
    (
        "head-article-paris-farmers-leap-day",
        "Dozens arrested as farmers blocked Paris ring road on Monday\nPARIS (AP) — Police arrested 41 people "
        "on Monday as hundreds of farmers blocked the city's ring road with tractors.\nThe protests began on "
        "Feb. 19 and have spread to Lyon and Toulouse.\nUnion leaders said they will return on Thursday "
        "unless the government withdraws the fuel tax by Wednesday.\nFarmers protest near the Arc de Triomphe "
        "in Paris, Monday, Feb. 28, 2028. (AP Photo/Claire Martin)",
        date(2028, 2, 29),
        [
            ("Monday", "2028-02-28"),
            ("Monday", "2028-02-28"),
            ("Feb. 19", "2028-02-19"),
            ("Thursday", "2028-03-02"),
            ("Wednesday", "2028-03-01"),
            ("Monday, Feb. 28, 2028", "2028-02-28"),
        ],
    ),
    (
        "head-article-stocks-dec-31",
        "Stocks set for best year since 2019\nNEW YORK, Dec 31 (Reuters) - Wall Street's main indexes edged "
        "lower on Wednesday, the last trading session of 2025, but were on track for their strongest gain in "
        "six years.\nThe S&P 500 has risen 24% this year.\nTrading volumes have been thin this week, and U.S. "
        "markets will be closed on Thursday.\nInvestors now look to the December jobs report, due on Jan. 9.",
        date(2025, 12, 31),
        [
            ("2019", "2019"),
            ("Dec 31", "2025-12-31"),
            ("Wednesday", "2025-12-31"),
            ("2025", "2025"),
            ("six years", "P6Y"),
            ("this year", "2025"),
            ("this week", "2026-W01"),
            ("Thursday", "2026-01-01"),
            ("now", "PRESENT_REF"),
            ("December", "2025-12"),
            ("Jan. 9", "2026-01-09"),
        ],
    ),
    (
        "head-article-brexit-transition",
        "Britain's Brexit transition ended at 11 p.m. on Thursday\nLONDON (Reuters) - Britain completed its "
        "departure from the European Union at 11 p.m. on Thursday, ending 47 years of membership.\nLorry "
        "drivers reported short queues at Dover on Friday morning.\nCustoms checks will be phased in over the "
        "next six months, with full controls from July 1.\nThe trade deal was agreed on Dec. 24.",
        date(2021, 1, 1),
        [
            ("11 p.m. on Thursday", "2020-12-31T23:00"),
            ("11 p.m. on Thursday", "2020-12-31T23:00"),
            ("47 years", "P47Y"),
            ("Friday morning", "2021-01-01TMO"),
            ("the next six months", "P6M"),
            ("July 1", "2021-07-01"),
            ("Dec. 24", "2020-12-24"),
        ],
    ),
    (
        "head-article-sydney-fireworks",
        "Fireworks light up Sydney as 2026 begins\nSYDNEY (AP) — More than a million people watched fireworks "
        "over Sydney Harbour at midnight, as Australia became one of the first countries to welcome the new "
        "year.\nPolice said crowds were smaller than last year after heavy rain on Wednesday "
        "evening.\nFireworks explode over the Sydney Harbour Bridge in Sydney, Australia, Thursday, Jan. 1, "
        "2026. (AP Photo/Mark Baker)",
        date(2026, 1, 1),
        [
            ("2026", "2026"),
            ("midnight", "2025-12-31T24:00"),
            ("the new year", "2026"),
            ("last year", "2025"),
            ("Wednesday evening", "2025-12-31TEV"),
            ("Thursday, Jan. 1, 2026", "2026-01-01"),
        ],
    ),
    (
        "head-article-bogota-budget-correction",
        "Lawmakers to vote on budget Tuesday\nBOGOTÁ, Colombia (AP) — Colombia's Congress will vote on the "
        "2026 budget on Tuesday after a month of delays, the Senate president said Thursday.\nThe spending "
        "plan was due in December.\nAn earlier version of this article misstated the date of the vote, which "
        "is on Tuesday, not Wednesday.",
        date(2026, 1, 30),
        [
            ("Tuesday", "2026-02-03"),
            ("2026", "2026"),
            ("Tuesday", "2026-02-03"),
            ("a month", "P1M"),
            ("Thursday", "2026-01-29"),
            ("December", "2025-12"),
            ("Tuesday", "2026-02-03"),
            ("Wednesday", "2026-02-04"),
        ],
    ),
    (
        "head-article-analysis-coalition",
        "ANALYSIS\nTen days that shook the coalition\nThe government survived Thursday's confidence vote, but "
        "it has exposed deep rifts.\nBERLIN (Reuters) - When the chancellor walked into the Bundestag on "
        "Thursday morning, few expected her to survive.\nShe had lost two ministers since May 4 and faced a "
        "revolt over pensions.\nHer party holds a conference in June, and a leadership challenge could come "
        "before August.",
        date(2026, 5, 16),
        [
            ("Ten days", "P10D"),
            ("Thursday", "2026-05-14"),
            ("Thursday morning", "2026-05-14TMO"),
            ("May 4", "2026-05-04"),
            ("June", "2026-06"),
            ("August", "2026-08"),
        ],
    ),
    (
        "head-article-us-open-final",
        "Alcaraz beat Sinner in US Open final on Sunday\nNEW YORK (AP) — Carlos Alcaraz won his second U.S. "
        "Open title on Sunday, beating Jannik Sinner in four sets.\nThe match, delayed by 30 minutes as "
        "security checks were done, finished at 6:12 p.m.\nAlcaraz returns to No. 1 in the rankings on "
        "Monday.\nHe next plays at the Laver Cup, which starts Sept. 19 in San Francisco.",
        date(2025, 9, 8),
        [
            ("Sunday", "2025-09-07"),
            ("Sunday", "2025-09-07"),
            ("30 minutes", "PT30M"),
            ("6:12 p.m", "2025-09-07T18:12"),
            ("Monday", "2025-09-08"),
            ("Sept. 19", "2025-09-19"),
        ],
    ),
    (
        "head-article-rail-strike-leap-day",
        "Published: 6:04 AM EST, Thu February 29, 2024\nRail strike set for March 5 after talks collapse\nNEW "
        "YORK, Feb 29 (Reuters) - Commuter rail workers in New Jersey will walk out on March 5 after talks "
        "broke down late on Wednesday, their union said.\nNegotiators had met every day since Feb. 20.\nThe "
        "last strike on the network, in 1983, lasted 34 days.",
        date(2024, 2, 29),
        [
            ("6:04 AM EST, Thu February 29, 2024", "2024-02-29T06:04"),
            ("March 5", "2024-03-05"),
            ("Feb 29", "2024-02-29"),
            ("March 5", "2024-03-05"),
            ("Wednesday", "2024-02-28"),
            ("every day", "P1D"),
            ("Feb. 20", "2024-02-20"),
            ("1983", "1983"),
            ("34 days", "P34D"),
        ],
    ),
    (
        "head-article-snow-warning-new-year",
        "Snow to hit north on Sunday and Monday\nLONDON (PA) - The Met Office has issued an amber warning for "
        "snow, valid from 6pm on Sunday until noon on Monday.\nUp to 20cm could fall on higher "
        "ground.\nForecasters said temperatures dropped to minus 12C in the Highlands overnight, the lowest "
        "reading since February 2010.",
        date(2027, 1, 2),
        [
            ("Sunday", "2027-01-03"),
            ("Monday", "2027-01-04"),
            ("6pm on Sunday", "2027-01-03T18:00"),
            ("noon on Monday", "2027-01-04T12:00"),
            ("overnight", "2027-01-01TNI"),
            ("February 2010", "2010-02"),
        ],
    ),
    (
        "head-article-cathay-w53",
        "Airline to resume flights to China next month\nHONG KONG, Dec 31 (Reuters) - Cathay Pacific will "
        "resume some flights to mainland China in January, after suspending them in March, the airline said "
        "on Thursday.\nPassenger numbers fell 98% in November.\nThis week the airline also cut 8,500 jobs.",
        date(2020, 12, 31),
        [
            ("next month", "2021-01"),
            ("Dec 31", "2020-12-31"),
            ("January", "2021-01"),
            ("March", "2020-03"),
            ("Thursday", "2020-12-31"),
            ("November", "2020-11"),
            ("This week", "2020-W53"),
        ],
    ),
    (
        "head-article-trial-date-correction",
        "Updated 4:17 p.m. ET, Mon March 3, 2025\nJudge sets trial date in bribery case\nCHICAGO (AP) — A "
        "federal judge said on Monday the trial of former state Sen. Ray Dolan will begin on Oct. 6.\nDolan, "
        "who has pleaded not guilty, is due back in court on April 14.\nThis story has been corrected to show "
        "that the trial begins on Oct. 6, not Oct. 16.",
        date(2025, 3, 3),
        [
            ("4:17 p.m. ET, Mon March 3, 2025", "2025-03-03T16:17"),
            ("Monday", "2025-03-03"),
            ("Oct. 6", "2025-10-06"),
            ("April 14", "2025-04-14"),
            ("Oct. 6", "2025-10-06"),
            ("Oct. 16", "2025-10-16"),
        ],
    ),
    (
        "head-article-croatia-euro",
        "Croatia joined the euro at midnight\nZAGREB, Jan 1 (Reuters) - Croatia adopted the euro and entered "
        "Europe's passport-free Schengen zone on Sunday, nine years after it joined the European Union.\nCash "
        "machines began dispensing euros at 12:01 a.m.\nThe kuna, in use since 1994, can be exchanged at "
        "banks until Dec. 31.\nPrices were converted at a fixed rate set in July.",
        date(2023, 1, 1),
        [
            ("midnight", "2023-01-01T00:00"),
            ("Jan 1", "2023-01-01"),
            ("Sunday", "2023-01-01"),
            ("nine years", "P9Y"),
            ("12:01 a.m", "2023-01-01T00:01"),
            ("1994", "1994"),
            ("Dec. 31", "2022-12-31"),
            ("July", "2022-07"),
        ],
    ),
    (
        "head-article-chipmaker-results",
        "Chipmaker to report results Thursday\nSEOUL, Feb 3 (Reuters) - SK Hynix will report fourth-quarter "
        "results on Thursday, analysts said on Tuesday.\nIts shares have doubled over the past year.\nThe "
        "company said last month that it expects demand to stay strong through 2027.",
        date(2026, 2, 3),
        [
            ("Thursday", "2026-02-05"),
            ("Feb 3", "2026-02-03"),
            ("fourth-quarter", "2025-Q4"),
            ("Thursday", "2026-02-05"),
            ("Tuesday", "2026-02-03"),
            ("the past year", "2025"),
            ("last month", "2026-01"),
            ("2027", "2027"),
        ],
    ),
    (
        "head-article-lockdown-w53-sunday",
        "Lockdown to last until mid-February, minister says\nLONDON (Reuters) - England's national lockdown "
        "could last until mid-February, the health minister said on Sunday.\nSchools will reopen on Monday in "
        "most areas, he said, although some London primaries will stay closed for two weeks.\nCases rose by "
        "57,725 on Saturday, a record since testing began in 2020.",
        date(2021, 1, 3),
        [
            ("mid-February", "2021-02"),
            ("mid-February", "2021-02"),
            ("Sunday", "2021-01-03"),
            ("Monday", "2021-01-04"),
            ("two weeks", "P2W"),
            ("Saturday", "2021-01-02"),
            ("2020", "2020"),
        ],
    ),
    (
        "head-caption-manchester-dec-26",
        "Shoppers queue outside a store in Manchester, England, on Dec. 26, 2025.",
        date(2025, 12, 30),
        [("Dec. 26, 2025", "2025-12-26")],
    ),
    (
        "head-standfirst-trial-until-jan-30",
        "The trial, which opened on Nov. 3, is expected to last until January 30.",
        date(2025, 12, 29),
        [("Nov. 3", "2025-11-03"), ("January 30", "2026-01-30")],
    ),
    (
        "head-dateline-prnewswire-w53",
        "SAN FRANCISCO, Dec. 29, 2026 /PRNewswire/ -- Acme Corp. today announced it will close its Austin "
        "plant by March 31, 2027.",
        date(2026, 12, 29),
        [("Dec. 29, 2026", "2026-12-29"), ("today", "2026-12-29"), ("March 31, 2027", "2027-03-31")],
    ),
    (
        "head-storm-to-make-landfall-late-tuesday",
        "Storm to make landfall late Tuesday",
        date(2026, 8, 30),
        [("Tuesday", "2026-09-01")],
    ),
    # --- a thirty-fifth held-out batch: narrative reconstructions, written blind ---
    (
        "recon-flats-fire-car-park",
        "The fire started in the basement of the Alder Street flats on Nov. 14, 2022. Within hours, the blaze "
        "had spread to the upper floors. That night, more than 200 residents slept in a school gym. Three "
        "days later, the council declared the building unsafe. The following Tuesday, engineers began to take "
        "down the roof. Today, the site is a car park. Last week, the council said it would build new flats "
        "there.",
        date(2024, 2, 29),
        [
            ("Nov. 14, 2022", "2022-11-14"),
            ("hours", "PTXH"),
            ("That night", "2022-11-14TNI"),
            ("Three days later", "2022-11-17"),
            ("The following Tuesday", "2022-11-22"),
            ("Today", "2024-02-29"),
            ("Last week", "2024-W08"),
        ],
    ),
    (
        "recon-trawler-lost-widow-campaign",
        "On March 3, 2019, the trawler Marigold left Peterhead with six men aboard. That evening, the skipper "
        "radioed that the weather was getting worse. At 11:40 p.m., the signal was lost. The next morning, a "
        "lifeboat crew found an empty life raft. Two weeks later, the search was called off. In a report "
        "published on June 12, 2020, investigators blamed a faulty hatch. Now, the skipper's widow campaigns "
        "for better safety gear.",
        date(2026, 12, 31),
        [
            ("March 3, 2019", "2019-03-03"),
            ("That evening", "2019-03-03TEV"),
            ("11:40 p.m.", "2019-03-03T23:40"),
            ("The next morning", "2019-03-04TMO"),
            ("Two weeks later", "2019-W12"),
            ("June 12, 2020", "2020-06-12"),
            ("Now", "PRESENT_REF"),
        ],
    ),
    (
        "recon-baker-laid-off-to-shop",
        "Maria Okafor was laid off from the print works in October 2015. That winter, she baked bread in her "
        "kitchen and sold it to neighbours. The following spring, she rented a stall at the Riverside market. "
        "In 2018, she signed the lease on a shop in Mill Lane. Today, she runs a bakery with 14 staff. Last "
        "week, she said she had never planned any of it.",
        date(2025, 1, 6),
        [
            ("October 2015", "2015-10"),
            ("That winter", "2015-WI"),
            ("The following spring", "2016-SP"),
            ("2018", "2018"),
            ("Today", "2025-01-06"),
            ("Last week", "2025-W01"),
        ],
    ),
    (
        "recon-bank-siege-branch-closed",
        "The gunman walked into the First Northern branch in Calder at 9:15 a.m. on Feb. 2, 2021. Forty "
        "minutes later, police had sealed off the street. Negotiators talked to him by phone in the "
        "afternoon. At 6:30 p.m., he released the last two hostages. The day before, he had bought the rifle "
        "at a gun show. He was sentenced on Aug. 19, 2022. That weekend, the branch reopened. Last month, the "
        "bank closed it for good.",
        date(2023, 10, 9),
        [
            ("9:15 a.m. on Feb. 2, 2021", "2021-02-02T09:15"),
            ("Forty minutes later", "2021-02-02T09:55"),
            ("the afternoon", "2021-02-02TAF"),
            ("6:30 p.m.", "2021-02-02T18:30"),
            ("The day before", "2021-02-01"),
            ("Aug. 19, 2022", "2022-08-19"),
            ("That weekend", "2022-W33-WE"),
            ("Last month", "2023-09"),
        ],
    ),
    (
        "recon-valley-flood-insurers",
        "Rain began falling over the upper valley on Dec. 26, 2027. By dawn, the river had burst its banks at "
        "Llanidloes. Within hours, the water was a metre deep in the high street. That night, the army sent "
        "in boats. The following weekend, volunteers started clearing mud from the shops. Insurers have paid "
        "out £40m since January, the council said last week.",
        date(2028, 2, 29),
        [
            ("Dec. 26, 2027", "2027-12-26"),
            ("dawn", "2027-12-26TMO"),
            ("hours", "PTXH"),
            ("That night", "2027-12-26TNI"),
            ("The following weekend", "2027-W52-WE"),
            ("January", "2028-01"),
            ("last week", "2028-W08"),
        ],
    ),
    (
        "recon-care-home-outbreak",
        "The first case at the Beechwood care home was confirmed on March 28, 2020. The day before, a "
        "visiting nurse had reported a fever. The following Tuesday, the home closed its doors to visitors. "
        "That weekend, four residents died. On May 6, 2020, inspectors found staff still working without "
        "masks. By the end of that month, the home had a new manager. Today, the home has no cases, its "
        "manager said on Thursday.",
        date(2021, 1, 1),
        [
            ("March 28, 2020", "2020-03-28"),
            ("The day before", "2020-03-27"),
            ("The following Tuesday", "2020-03-31"),
            ("That weekend", "2020-W14-WE"),
            ("May 6, 2020", "2020-05-06"),
            ("the end of that month", "2020-05"),
            ("Today", "2021-01-01"),
            ("Thursday", "2020-12-31"),
        ],
    ),
    (
        "recon-striker-knee-comeback",
        "Jonah Reyes tore a knee ligament during a cup tie on Sept. 11, 2020. The next morning, surgeons told "
        "him he might never play again. The operation took place the following Tuesday. Six months later, he "
        "was running again. He made his return on Oct. 2, 2021. That night, he scored twice. Now, he has "
        "signed a contract that runs until 2025.",
        date(2022, 6, 20),
        [
            ("Sept. 11, 2020", "2020-09-11"),
            ("The next morning", "2020-09-12TMO"),
            ("the following Tuesday", "2020-09-15"),
            ("Six months later", "2021-03"),
            ("Oct. 2, 2021", "2021-10-02"),
            ("That night", "2021-10-02TNI"),
            ("Now", "PRESENT_REF"),
            ("2025", "2025"),
        ],
    ),
    (
        "recon-farm-pipeline-fight",
        "The letter arrived at the Hartley family's farm on June 4, 2018. The next morning, Tom Hartley drove "
        "to the county offices. Two weeks earlier, the county had approved a pipeline across his fields. The "
        "family sued that summer. A judge ruled in their favour on Feb. 14, 2019. The following Tuesday, the "
        "company withdrew its plan. Last week, the Hartleys planted their first crop on the strip.",
        date(2019, 12, 30),
        [
            ("June 4, 2018", "2018-06-04"),
            ("The next morning", "2018-06-05TMO"),
            ("Two weeks earlier", "2018-W21"),
            ("that summer", "2018-SU"),
            ("Feb. 14, 2019", "2019-02-14"),
            ("The following Tuesday", "2019-02-19"),
            ("Last week", "2019-W52"),
        ],
    ),
    (
        "recon-siege-town-half-empty",
        "The siege of the town began on Aug. 2, 2024. That weekend, the last bus left for the coast. By the "
        "end of that month, the water supply had failed. The following January, the garrison surrendered. The "
        "previous spring, the mayor had begged the army for more troops. Today, about 3,000 people live "
        "there, against 20,000 before the war.",
        date(2025, 11, 25),
        [
            ("Aug. 2, 2024", "2024-08-02"),
            ("That weekend", "2024-W31-WE"),
            ("the end of that month", "2024-08"),
            ("The following January", "2025-01"),
            ("The previous spring", "2024-SP"),
            ("Today", "2025-11-25"),
        ],
    ),
    (
        "recon-gallery-theft-paintings-back",
        "Thieves broke into the Lindqvist gallery on Sunday, Nov. 5, 2017. They took three paintings and were "
        "gone within 10 minutes. The alarm had been switched off the night before. On Nov. 7, 2017, police "
        "arrested a security guard. The paintings turned up in a flat in Malmö in March 2020. A year later, "
        "they went back on the wall. This month, the gallery marked its centenary.",
        date(2024, 12, 31),
        [
            ("Sunday, Nov. 5, 2017", "2017-11-05"),
            ("10 minutes", "PT10M"),
            ("the night before", "2017-11-04TNI"),
            ("Nov. 7, 2017", "2017-11-07"),
            ("March 2020", "2020-03"),
            ("A year later", "2021"),
            ("This month", "2024-12"),
        ],
    ),
    (
        "recon-leukaemia-nurse",
        "Amira Haddad was diagnosed with leukaemia in January 2020. That spring, she spent 11 weeks in an "
        "isolation ward. The following September, she went back to school. A year later, the cancer returned. "
        "On Dec. 9, 2021, she received a bone marrow transplant from her brother. That Christmas, she was "
        "home. Now, she is training to be a nurse.",
        date(2023, 1, 2),
        [
            ("January 2020", "2020-01"),
            ("That spring", "2020-SP"),
            ("11 weeks", "P11W"),
            ("The following September", "2020-09"),
            ("A year later", "2021"),
            ("Dec. 9, 2021", "2021-12-09"),
            ("That Christmas", "2021-12-25"),
            ("Now", "PRESENT_REF"),
        ],
    ),
    (
        "recon-missing-man-last-night",
        "Daniel Webb left the Crown pub in Hexham at 10:50 p.m. on Friday, Jan. 9, 2026. Twenty minutes "
        "later, a taxi driver saw him on the bridge. His phone was switched off at 11:32 p.m. The next "
        "morning, his sister reported him missing. His body was found on Jan. 24. The day before, police "
        "divers had searched the same stretch of river. The trial of two men opens at Newcastle Crown Court "
        "next month.",
        date(2026, 3, 6),
        [
            ("10:50 p.m. on Friday, Jan. 9, 2026", "2026-01-09T22:50"),
            ("Twenty minutes later", "2026-01-09T23:10"),
            ("11:32 p.m", "2026-01-09T23:32"),
            ("The next morning", "2026-01-10TMO"),
            ("Jan. 24", "2026-01-24"),
            ("The day before", "2026-01-23"),
            ("next month", "2026-04"),
        ],
    ),
    (
        "recon-food-bank-lockdowns",
        "The first lockdown in the city began on March 23, 2020. That night, the streets were empty. Within "
        "days, the food bank had run out of tins. By the end of that month, 400 families were asking it for "
        "help. On Nov. 5, 2020, a second lockdown began. The day before, volunteers had packed 1,200 parcels. "
        "This week, the food bank opened a second warehouse.",
        date(2020, 12, 31),
        [
            ("March 23, 2020", "2020-03-23"),
            ("That night", "2020-03-23TNI"),
            ("days", "PXD"),
            ("the end of that month", "2020-03"),
            ("Nov. 5, 2020", "2020-11-05"),
            ("The day before", "2020-11-04"),
            ("This week", "2020-W53"),
        ],
    ),
    (
        "recon-climbers-snow-hole",
        "The two climbers set out from the hut at 4 a.m. on Dec. 29. By noon, they had reached the ridge. "
        "That afternoon, the weather turned. The next morning, a helicopter tried and failed to reach them. "
        "Two days later, a ground team brought them down. Last week, one of them said they had been lucky to "
        "survive. Both men are now recovering in hospital.",
        date(2027, 1, 4),
        [
            ("4 a.m. on Dec. 29", "2026-12-29T04:00"),
            ("noon", "2026-12-29T12:00"),
            ("That afternoon", "2026-12-29TAF"),
            ("The next morning", "2026-12-30TMO"),
            ("Two days later", "2027-01-01"),
            ("Last week", "2026-W53"),
            ("now", "PRESENT_REF"),
        ],
    ),
    (
        "recon-family-firm-listing",
        "Halvorsen Foods was founded in a garage in 1987. A decade later, it had 300 staff. The crisis came "
        "in the summer of 2008. That autumn, the banks called in their loans. The following January, the "
        "family sold a majority stake. Sales have tripled since 2015. Last week, the company said it would "
        "list its shares in London next year.",
        date(2024, 9, 9),
        [
            ("1987", "1987"),
            ("A decade later", "1997"),
            ("the summer of 2008", "2008-SU"),
            ("That autumn", "2008-FA"),
            ("The following January", "2009-01"),
            ("2015", "2015"),
            ("Last week", "2024-W36"),
            ("next year", "2025"),
        ],
    ),
    (
        "recon-election-night-leader-falls",
        "Polls closed at 10 p.m. on May 5, 2022. Within hours, the first results showed the party losing "
        "seats in the north. The next morning, its leader admitted defeat. That weekend, three members of the "
        "shadow cabinet resigned. Two weeks later, the leader resigned too. Her successor was chosen on July "
        "19, 2022. The day before, the last rival had pulled out. Today, the party leads in the polls.",
        date(2022, 11, 23),
        [
            ("10 p.m. on May 5, 2022", "2022-05-05T22:00"),
            ("hours", "PTXH"),
            ("The next morning", "2022-05-06TMO"),
            ("That weekend", "2022-W18-WE"),
            ("Two weeks later", "2022-W20"),
            ("July 19, 2022", "2022-07-19"),
            ("The day before", "2022-07-18"),
            ("Today", "2022-11-23"),
        ],
    ),
    (
        "recon-volcano-families-return",
        "The volcano on La Palma erupted on Sept. 19, 2021. Within hours, lava had reached the first houses. "
        "That evening, 5,000 people were evacuated. Three days later, the flow reached the sea. The eruption "
        "ended on Dec. 13, 2021, after 85 days. The following spring, the first families were allowed to "
        "return. Last month, the island's government said 1,600 homes had been rebuilt.",
        date(2025, 4, 21),
        [
            ("Sept. 19, 2021", "2021-09-19"),
            ("hours", "PTXH"),
            ("That evening", "2021-09-19TEV"),
            ("Three days later", "2021-09-22"),
            ("Dec. 13, 2021", "2021-12-13"),
            ("85 days", "P85D"),
            ("The following spring", "2022-SP"),
            ("Last month", "2025-03"),
        ],
    ),
    (
        "recon-tide-walkers-rescue",
        "Twelve walkers were cut off by the tide at Rhossili on Saturday, June 30. The lifeboat launched at "
        "6:45 p.m. Forty minutes later, the crew reached the first group. The last walker was winched to "
        "safety at 11:20 p.m. That weekend, the coastguard put up new warning signs. The following Tuesday, "
        "the council closed the causeway. This morning, it reopened with a siren.",
        date(2018, 7, 15),
        [
            ("Saturday, June 30", "2018-06-30"),
            ("6:45 p.m", "2018-06-30T18:45"),
            ("Forty minutes later", "2018-06-30T19:25"),
            ("11:20 p.m", "2018-06-30T23:20"),
            ("That weekend", "2018-W26-WE"),
            ("The following Tuesday", "2018-07-03"),
            ("This morning", "2018-07-15TMO"),
        ],
    ),
    (
        "recon-village-choir-teacher",
        "In 1998, a young teacher named Ruth Carver arrived in the village. The following year, she started a "
        "choir. It sang at the Albert Hall in 2004. A decade later, the choir had 80 members. She retired in "
        "December 2019. The previous spring, the choir had toured Japan. Last year, it gave its 500th "
        "concert.",
        date(2029, 1, 1),
        [
            ("1998", "1998"),
            ("The following year", "1999"),
            ("2004", "2004"),
            ("A decade later", "2014"),
            ("December 2019", "2019-12"),
            ("The previous spring", "2019-SP"),
            ("Last year", "2028"),
        ],
    ),
    (
        "recon-dam-leak-reservoir",
        "The dam's operators first noticed a leak on Feb. 6, 2020. Two weeks earlier, an inspector had passed "
        "the structure as sound. On March 2, 2020, engineers began to lower the reservoir. By the end of that "
        "month, it was half empty. Repairs have cost $40m, the regulator said on Tuesday.",
        date(2023, 3, 1),
        [
            ("Feb. 6, 2020", "2020-02-06"),
            ("Two weeks earlier", "2020-W04"),
            ("March 2, 2020", "2020-03-02"),
            ("the end of that month", "2020-03"),
            ("Tuesday", "2023-02-28"),
        ],
    ),
    (
        "recon-strike-since-january-not-reference",
        "The strike at the Kessler plant began on Oct. 2, 2023. Pay there had risen 4% since January, the "
        "union said. Three days later, the company offered a bonus. The union turned it down the next "
        "morning. That weekend, pickets blocked the gates. Yesterday, talks resumed.",
        date(2023, 11, 15),
        [
            ("Oct. 2, 2023", "2023-10-02"),
            ("January", "2023-01"),
            ("Three days later", "2023-10-05"),
            ("the next morning", "2023-10-06TMO"),
            ("That weekend", "2023-W40-WE"),
            ("Yesterday", "2023-11-14"),
        ],
    ),
    (
        "recon-price-spike-year-ago-not-reference",
        "Bread prices jumped 12% on April 14. That was three times the rise of a year ago. Two days later, "
        "the government cut the tax on flour. The following weekend, bakers said queues had shortened. Now, "
        "prices are falling again.",
        date(2026, 5, 20),
        [
            ("April 14", "2026-04-14"),
            ("a year ago", "2025"),
            ("Two days later", "2026-04-16"),
            ("The following weekend", "2026-W16-WE"),
            ("Now", "PRESENT_REF"),
        ],
    ),
    (
        "recon-ice-storm-rate-rise",
        "An ice storm knocked out power to 300,000 homes in the state on Jan. 24, 2026. Within hours, the "
        "roads were impassable. That weekend, crews from six states arrived to help. The following Tuesday, "
        "most homes had power again. Two weeks later, the utility asked regulators for a rate rise. The "
        "governor said on Wednesday that she would oppose it.",
        date(2026, 2, 27),
        [
            ("Jan. 24, 2026", "2026-01-24"),
            ("hours", "PTXH"),
            ("That weekend", "2026-W04-WE"),
            ("The following Tuesday", "2026-01-27"),
            ("Two weeks later", "2026-W07"),
            ("Wednesday", "2026-02-25"),
        ],
    ),
    (
        "recon-lorry-to-medical-school",
        "Kofi Mensah arrived in Dover in the back of a lorry in November 2015. That Christmas, he was living "
        "in a hostel in Kent. The following spring, he enrolled at a college in Maidstone. He won a place to "
        "study medicine in September 2018. Last month, he passed his second-year exams. Today, he volunteers "
        "at the hostel that took him in.",
        date(2020, 2, 29),
        [
            ("November 2015", "2015-11"),
            ("That Christmas", "2015-12-25"),
            ("The following spring", "2016-SP"),
            ("September 2018", "2018-09"),
            ("Last month", "2020-01"),
            ("Today", "2020-02-29"),
        ],
    ),
    (
        "recon-single-minister-two-days-earlier",
        "The minister resigned on Sept. 8, 2022; two days earlier, she had lost a confidence vote.",
        date(2023, 1, 1),
        [("Sept. 8, 2022", "2022-09-08"), ("two days earlier", "2022-09-06")],
    ),
    ("recon-single-today-bakery", "Today, she runs a bakery in Leeds.", date(2025, 6, 3), [("Today", "2025-06-03")]),
    (
        "recon-single-last-week-new-year",
        "Last week, she said she would not stand again.",
        date(2026, 1, 1),
        [("Last week", "2025-W52")],
    ),
    (
        "recon-single-that-night-no-date",
        "That night, the power went out across the city.",
        date(2025, 7, 16),
        [("That night", "2025-07-16TNI")],
    ),
    (
        "recon-single-founded-year-later",
        "The company was founded in 1962 and floated on the stock market a year later.",
        date(2024, 10, 2),
        [("1962", "1962"), ("a year later", "1963")],
    ),
    (
        "recon-single-arrested-next-day",
        "He was arrested on Oct. 3, 2022, and charged the next day.",
        date(2024, 6, 28),
        [("Oct. 3, 2022", "2022-10-03"), ("the next day", "2022-10-04")],
    ),
    (
        "recon-single-lagos-two-years-later",
        "She moved to Lagos in 2009 and opened her first shop two years later.",
        date(2025, 2, 12),
        [("2009", "2009"), ("two years later", "2011")],
    ),
    (
        "recon-single-wreck-following-january",
        "The ship sank on Dec. 31, 2020, and the wreck was found the following January.",
        date(2022, 8, 8),
        [("Dec. 31, 2020", "2020-12-31"), ("the following January", "2021-01")],
    ),
    (
        "recon-single-leap-quake-evening",
        "The quake struck on Feb. 29, 2024. That evening, aftershocks rattled the coast.",
        date(2024, 3, 4),
        [("Feb. 29, 2024", "2024-02-29"), ("That evening", "2024-02-29TEV")],
    ),
    (
        "recon-single-following-tuesday-new-year",
        "The bridge was closed on Thursday, Dec. 29, 2022. The following Tuesday, it reopened to buses.",
        date(2023, 3, 17),
        [("Thursday, Dec. 29, 2022", "2022-12-29"), ("The following Tuesday", "2023-01-03")],
    ),
    (
        "recon-single-weekend-before-w53",
        "The ferry ran aground on Monday, Jan. 4, 2021. The weekend before, its radar had failed.",
        date(2021, 6, 9),
        [("Monday, Jan. 4, 2021", "2021-01-04"), ("The weekend before", "2020-W53-WE")],
    ),
    (
        "recon-single-that-weekend-sunday",
        "The festival opened on Sunday, Aug. 3, 2025. That weekend, 40,000 people came.",
        date(2025, 9, 1),
        [("Sunday, Aug. 3, 2025", "2025-08-03"), ("That weekend", "2025-W31-WE")],
    ),
    (
        "recon-single-night-before-leap",
        "The vote was held on Feb. 29, 2028. The night before, the candidates met for a last debate.",
        date(2028, 3, 3),
        [("Feb. 29, 2028", "2028-02-29"), ("The night before", "2028-02-28TNI")],
    ),
    (
        "recon-single-three-days-later-year-end",
        "The storm hit on Dec. 30, 2026. Three days later, the power was back.",
        date(2027, 1, 15),
        [("Dec. 30, 2026", "2026-12-30"), ("Three days later", "2027-01-02")],
    ),
    (
        "recon-single-two-weeks-earlier-w53",
        "The factory closed on Jan. 14, 2021. Two weeks earlier, workers had been told.",
        date(2021, 2, 2),
        [("Jan. 14, 2021", "2021-01-14"), ("Two weeks earlier", "2020-W53")],
    ),
    (
        "recon-single-next-spring-previous-autumn",
        "The mine flooded in October 2018. The previous spring, inspectors had found cracks in the pumps.",
        date(2020, 5, 5),
        [("October 2018", "2018-10"), ("The previous spring", "2018-SP")],
    ),
    (
        "recon-single-trap-night-shift",
        "The night shift at the depot ends when the last tram comes in.",
        date(2025, 10, 14),
        [],
    ),
    (
        "recon-single-reset-then-next-morning",
        "On March 3, 2019, the river peaked. The next morning, the water began to fall.",
        date(2023, 7, 7),
        [("March 3, 2019", "2019-03-03"), ("The next morning", "2019-03-04TMO")],
    ),
    (
        "recon-single-by-dawn-after-date",
        "The rebels entered the city on May 12, 2017. By dawn, they held the airport.",
        date(2019, 5, 12),
        [("May 12, 2017", "2017-05-12"), ("dawn", "2017-05-12TMO")],
    ),
    # --- a thirty-sixth held-out batch: air, rail and sea travel, written blind ---
    (
        "travel-ba117-delayed-monday",
        "Flight BA117 to New York was delayed by three hours on Monday.",
        date(2025, 3, 4),
        [("three hours", "PT3H"), ("Monday", "2025-03-03")],
    ),
    ("travel-trap-terminal-5-gate-12", "Passengers at Terminal 5 were told to go to gate 12.", date(2025, 3, 4), []),
    (
        "travel-trap-seat-14c-a320",
        "The woman in seat 14C said the A320 had been struck by lightning.",
        date(2025, 5, 12),
        [],
    ),
    ("travel-trap-last-747-2020", "The airline retired its last 747 in 2020.", date(2025, 11, 26), [("2020", "2020")]),
    (
        "travel-trap-platform-9",
        "The train for Glasgow will now leave from platform 9.",
        date(2024, 11, 22),
        [("now", "PRESENT_REF")],
    ),
    (
        "travel-flight-370-vanished",
        "Flight 370 vanished on March 8, 2014, with 239 people on board.",
        date(2024, 3, 8),
        [("March 8, 2014", "2014-03-08")],
    ),
    (
        "travel-trap-route-66-tour-may",
        "A vintage bus tour along Route 66 sets off in May.",
        date(2026, 1, 1),
        [("May", "2026-05")],
    ),
    (
        "travel-trap-737-max-grounded",
        "The 737 Max was grounded in March 2019.",
        date(2025, 3, 4),
        [("March 2019", "2019-03")],
    ),
    ("travel-trap-m25-junction-14", "Coaches were diverted off the M25 at junction 14.", date(2025, 7, 5), []),
    (
        "travel-landed-642am-five-hour-delay",
        "The flight landed at 6.42am after a five-hour delay.",
        date(2025, 7, 5),
        [("6.42am", "2025-07-05T06:42"), ("five-hour", "PT5H")],
    ),
    (
        "travel-ferry-sank-215am-sunday",
        "The ferry sank at 2.15am on Sunday, coastguards said.",
        date(2025, 5, 12),
        [("2.15am on Sunday", "2025-05-11T02:15")],
    ),
    (
        "travel-paddington-service-cancelled-tuesday",
        "A Paddington to Bristol service was cancelled on Tuesday after a signal failure.",
        date(2024, 2, 29),
        [("Tuesday", "2024-02-27")],
    ),
    (
        "travel-eurostar-two-hours-late",
        "The Eurostar arrived two hours late.",
        date(2025, 9, 14),
        [("two hours", "PT2H")],
    ),
    (
        "travel-ferries-cancelled-until-friday",
        "All ferries to the islands are cancelled until Friday.",
        date(2025, 9, 14),
        [("Friday", "2025-09-19")],
    ),
    (
        "travel-first-flight-since-eruption-1105",
        "The first flight since the eruption took off at 11:05 on Wednesday.",
        date(2026, 6, 17),
        [("11:05 on Wednesday", "2026-06-17T11:05")],
    ),
    (
        "travel-captain-quote-tomorrow",
        '"We expect to sail tomorrow," the captain said on Saturday.',
        date(2025, 5, 12),
        [("tomorrow", "2025-05-11"), ("Saturday", "2025-05-10")],
    ),
    (
        "travel-runway-overnight-9am",
        "Snow closed the runway overnight, and flights resumed at 9am.",
        date(2024, 12, 30),
        [("overnight", "2024-12-29TNI"), ("9am", "2024-12-30T09:00")],
    ),
    (
        "travel-last-train-from-dec-14",
        "From Dec. 14 the last train leaves at 23:40.",
        date(2025, 11, 26),
        [("Dec. 14", "2025-12-14"), ("23:40", "2025-12-14T23:40")],
    ),
    (
        "travel-every-30-minutes-sundays",
        "Trains will run every 30 minutes on Sundays.",
        date(2026, 3, 28),
        [("every 30 minutes", "PT30M"), ("Sundays", "XXXX-WXX-7")],
    ),
    (
        "travel-services-end-early-christmas-eve",
        "Services will end early on Christmas Eve.",
        date(2025, 11, 26),
        [("Christmas Eve", "2025-12-24")],
    ),
    (
        "travel-buses-hourly-weekends",
        "Replacement buses run hourly on weekends.",
        date(2025, 10, 24),
        [("hourly", "PT1H"), ("weekends", "XXXX-WXX-WE")],
    ),
    (
        "travel-late-service-fridays-saturdays",
        "The Elizabeth line runs a late service on Fridays and Saturdays.",
        date(2024, 11, 22),
        [("Fridays", "XXXX-WXX-5"), ("Saturdays", "XXXX-WXX-6")],
    ),
    (
        "travel-walkouts-nov-28-dec-2",
        "Train drivers will stage walkouts on Nov. 28 and Dec. 2, the union said on Wednesday.",
        date(2025, 11, 26),
        [("Nov. 28", "2025-11-28"), ("Dec. 2", "2025-12-02"), ("Wednesday", "2025-11-26")],
    ),
    (
        "travel-48-hour-strike-midnight-friday",
        "Ferry crews will begin a 48-hour strike from midnight on Friday.",
        date(2025, 10, 22),
        [("48-hour", "PT48H"), ("midnight on Friday", "2025-10-24T24:00")],
    ),
    (
        "travel-strike-postponed-until-tuesday",
        "The union postponed the strike until Tuesday.",
        date(2026, 3, 28),
        [("Tuesday", "2026-03-31")],
    ),
    (
        "travel-headline-unions-to-strike-saturday",
        "Rail Unions to Strike Saturday",
        date(2025, 11, 26),
        [("Saturday", "2025-11-29")],
    ),
    (
        "travel-strike-last-week-next-month",
        "Baggage handlers, who walked out last week, will strike again next month.",
        date(2025, 3, 4),
        [("last week", "2025-W09"), ("next month", "2025-04")],
    ),
    (
        "travel-daily-flights-from-june-1",
        "The carrier will operate daily flights to Lisbon from June 1.",
        date(2026, 1, 1),
        [("daily", "P1D"), ("June 1", "2026-06-01")],
    ),
    (
        "travel-three-times-a-week",
        "The route will be served three times a week.",
        date(2026, 1, 1),
        [("three times a week", "P1W")],
    ),
    (
        "travel-new-schedule-starting-march-30",
        "The airline's new schedule, starting March 30, adds routes to Split and Bari.",
        date(2025, 3, 4),
        [("March 30", "2025-03-30")],
    ),
    (
        "travel-third-quarter-year-earlier",
        "The airline said on Thursday that profit in the third quarter rose 12% from a year earlier.",
        date(2025, 10, 24),
        [("Thursday", "2025-10-23"), ("the third quarter", "2025-Q3"), ("a year earlier", "2024-Q3")],
    ),
    (
        "travel-passengers-first-half",
        "Passenger numbers rose 8% in the first half of the year.",
        date(2025, 7, 31),
        [("the first half of the year", "2025-H1")],
    ),
    (
        "travel-tokyo-next-summer",
        "The airline will fly to Tokyo next summer.",
        date(2025, 11, 26),
        [("next summer", "2026-SU")],
    ),
    (
        "travel-busiest-day-since-2019",
        "Heathrow said Friday was its busiest day since 2019.",
        date(2024, 12, 30),
        [("Friday", "2024-12-27"), ("2019", "2019")],
    ),
    (
        "travel-first-flight-in-40-years",
        "The plane was the first passenger flight to land on the island in 40 years.",
        date(2024, 2, 29),
        [("40 years", "P40Y")],
    ),
    (
        "travel-article-rail-strike-dates",
        "Train drivers at three operators will walk out on Nov. 28 and Dec. 2 in a dispute over pay. The "
        "union said on Tuesday that talks had broken down after eight hours. A previous 24-hour stoppage in "
        "October cost the industry an estimated £30 million. Passengers should travel on Saturday instead. "
        "The drivers last went on strike in 2023.",
        date(2025, 11, 26),
        [
            ("Nov. 28", "2025-11-28"),
            ("Dec. 2", "2025-12-02"),
            ("Tuesday", "2025-11-25"),
            ("eight hours", "PT8H"),
            ("24-hour", "PT24H"),
            ("October", "2025-10"),
            ("Saturday", "2025-11-29"),
            ("2023", "2023"),
        ],
    ),
    (
        "travel-article-flight-diverted-shannon",
        "A transatlantic flight was diverted to Shannon on Friday after a passenger fell ill. Flight BA117 "
        "had left Heathrow's Terminal 5 at 8.30am and was over the Atlantic when the crew declared an "
        "emergency. The Boeing 777 landed at 11.50am. The aircraft resumed its journey two hours later and "
        "reached New York at 4.15pm local time. Passengers in row 14 were given meal vouchers. The airline "
        "said the man had been discharged from hospital on Saturday morning.",
        date(2025, 7, 5),
        [
            ("Friday", "2025-07-04"),
            ("8.30am", "2025-07-04T08:30"),
            ("11.50am", "2025-07-04T11:50"),
            ("two hours later", "2025-07-04T13:50"),
            ("4.15pm", "2025-07-04T16:15"),
            ("Saturday morning", "2025-07-05TMO"),
        ],
    ),
    (
        "travel-article-cardiff-timetable",
        "A new timetable comes into force on Dec. 15, with trains between Cardiff and Swansea every 30 "
        "minutes. On Sundays, services will run hourly. The last train from Cardiff will leave at 23:40. The "
        "changes were agreed in September after a consultation that ran for 12 weeks. Engineering work will "
        "close the line for nine days over Christmas. Passenger numbers on the route have doubled since 2019.",
        date(2024, 11, 22),
        [
            ("Dec. 15", "2024-12-15"),
            ("every 30 minutes", "PT30M"),
            ("Sundays", "XXXX-WXX-7"),
            ("hourly", "PT1H"),
            ("23:40", "2024-12-15T23:40"),
            ("September", "2024-09"),
            ("12 weeks", "P12W"),
            ("nine days", "P9D"),
            ("Christmas", "2024-12-25"),
            ("2019", "2019"),
        ],
    ),
    (
        "travel-article-ferry-sinking",
        "A ferry carrying 140 people sank off the coast early on Sunday. Coastguards said the vessel had left "
        "port at 10pm on Saturday. It struck rocks and went down at 2.15am on Sunday. Rescue boats reached "
        "the scene 40 minutes later. It was the worst accident on the route since 1994. An inquiry will begin "
        "next month, and the operator has suspended crossings until Friday.",
        date(2025, 5, 12),
        [
            ("Sunday", "2025-05-11"),
            ("10pm on Saturday", "2025-05-10T22:00"),
            ("2.15am on Sunday", "2025-05-11T02:15"),
            ("40 minutes later", "2025-05-11T02:55"),
            ("1994", "1994"),
            ("next month", "2025-06"),
            ("Friday", "2025-05-16"),
        ],
    ),
    (
        "travel-article-airline-record-profit",
        "The airline reported on Thursday a record profit for 2023, helped by strong demand over the summer. "
        "Revenue in the fourth quarter rose 15% from the year-ago quarter. The carrier expects to fly 60 "
        "million passengers this year and will add daily flights to Marrakesh from March 31. It will also fly "
        "to Tromsø three times a week from June. The chief executive, who took over in 2021, said bookings "
        "were 10% ahead of last year.",
        date(2024, 2, 29),
        [
            ("Thursday", "2024-02-29"),
            ("2023", "2023"),
            ("the summer", "2023-SU"),
            ("the fourth quarter", "2023-Q4"),
            ("the year-ago quarter", "2022-Q4"),
            ("this year", "2024"),
            ("daily", "P1D"),
            ("March 31", "2024-03-31"),
            ("three times a week", "P1W"),
            ("June", "2024-06"),
            ("2021", "2021"),
            ("last year", "2023"),
        ],
    ),
    (
        "travel-article-busiest-day-airports",
        "Airports handled their busiest day since 2019 on Friday as families left for the school holidays. "
        "More than 1.2 million passengers passed through UK airports, up 6% on 2023. At Gatwick, the first "
        "departure left at 5.50am and the last flight arrived at 11.55pm. Queues at security peaked in the "
        "morning. Airlines expect traffic to stay high until April 14, and the busiest weekend is forecast "
        "for late July.",
        date(2024, 3, 31),
        [
            ("2019", "2019"),
            ("Friday", "2024-03-29"),
            ("2023", "2023"),
            ("5.50am", "2024-03-29T05:50"),
            ("11.55pm", "2024-03-29T23:55"),
            ("the morning", "2024-03-29TMO"),
            ("April 14", "2024-04-14"),
            ("late July", "2024-07"),
        ],
    ),
    (
        "travel-article-belfast-faro-route",
        "The budget airline will launch flights from Belfast to Faro on March 28, it said on Thursday. The "
        "route will run four times a week, rising to six times a week in August. Tickets go on sale tomorrow. "
        "The carrier flew 4.1 million passengers in 2020, down from 11 million the previous year. It plans to "
        "restore its full network next year. Last week it took delivery of its first A321neo.",
        date(2020, 12, 31),
        [
            ("March 28", "2021-03-28"),
            ("Thursday", "2020-12-31"),
            ("four times a week", "P1W"),
            ("six times a week", "P1W"),
            ("August", "2021-08"),
            ("tomorrow", "2021-01-01"),
            ("2020", "2020"),
            ("the previous year", "2019"),
            ("next year", "2021"),
            ("Last week", "2020-W52"),
        ],
    ),
    (
        "travel-article-dover-ferry-strike",
        "Ferry crews will begin a 48-hour strike from midnight on Friday, the union said on Wednesday. "
        "Crossings between Dover and Calais will be suspended until 6am on Sunday. Hauliers were told to "
        "expect queues of up to 12 hours. The last walkout, in August, lasted three days. Talks at the "
        "conciliation service ended on Monday without a deal. The union has called further strikes for Nov. 7 "
        "and Nov. 14.",
        date(2025, 10, 22),
        [
            ("48-hour", "PT48H"),
            ("midnight on Friday", "2025-10-24T24:00"),
            ("Wednesday", "2025-10-22"),
            ("6am on Sunday", "2025-10-26T06:00"),
            ("up to 12 hours", "PT12H"),
            ("August", "2025-08"),
            ("three days", "P3D"),
            ("Monday", "2025-10-20"),
            ("Nov. 7", "2025-11-07"),
            ("Nov. 14", "2025-11-14"),
        ],
    ),
    (
        "travel-article-storm-cancellations",
        "Hundreds of trains were cancelled on Sunday after storms brought down power lines. Services between "
        "London and Edinburgh resumed at 10.15am on Monday, but delays are expected until Tuesday. A similar "
        "storm in January closed the line for 36 hours. Passengers with unused tickets can claim refunds "
        "until Jan. 5. About 5,000 people were stranded at King's Cross last night.",
        date(2024, 12, 30),
        [
            ("Sunday", "2024-12-29"),
            ("10.15am on Monday", "2024-12-30T10:15"),
            ("Tuesday", "2024-12-31"),
            ("January", "2024-01"),
            ("36 hours", "PT36H"),
            ("Jan. 5", "2025-01-05"),
            ("last night", "2024-12-29TNI"),
        ],
    ),
    (
        "travel-article-island-first-flight",
        "A passenger plane landed on the island on Saturday for the first time in 40 years. The Twin Otter, "
        "carrying 18 people, touched down at 1.20pm after a 55-minute flight. The airstrip closed in 1986 and "
        "was rebuilt last year at a cost of £4 million. Flights will operate twice a week from Jan. 11, "
        "rising to daily in the summer. Islanders had campaigned for the link for 20 years.",
        date(2027, 1, 3),
        [
            ("Saturday", "2027-01-02"),
            ("40 years", "P40Y"),
            ("1.20pm", "2027-01-02T13:20"),
            ("55-minute", "PT55M"),
            ("1986", "1986"),
            ("last year", "2026"),
            ("twice a week", "P1W"),
            ("Jan. 11", "2027-01-11"),
            ("daily", "P1D"),
            ("the summer", "2027-SU"),
            ("20 years", "P20Y"),
        ],
    ),
    (
        "travel-article-waterloo-leap-day",
        "Rail passengers faced more disruption on Thursday as signal failures hit lines into Waterloo. A "
        "Paddington to Bristol service was cancelled on Tuesday after a fault at Reading. The operator said a "
        "new timetable would start on March 10 and that trains on the busiest routes would run every 15 "
        "minutes. Compensation claims rose 30% in January. The regulator will publish its review in the "
        "spring.",
        date(2024, 2, 29),
        [
            ("Thursday", "2024-02-29"),
            ("Tuesday", "2024-02-27"),
            ("March 10", "2024-03-10"),
            ("every 15 minutes", "PT15M"),
            ("January", "2024-01"),
            ("the spring", "2024-SP"),
        ],
    ),
    (
        "travel-article-cruise-ban",
        "Cruise ships will be banned from the city centre from April 1, the port authority said on Friday. "
        "Ships will instead dock at terminal 12, about 8 kilometres away. Last year 1.6 million cruise "
        "passengers came ashore, the most since 2019. The ban follows protests in 2024 and 2025. Shuttle "
        "buses will run every 20 minutes.",
        date(2026, 3, 28),
        [
            ("April 1", "2026-04-01"),
            ("Friday", "2026-03-27"),
            ("Last year", "2025"),
            ("2019", "2019"),
            ("2024", "2024"),
            ("2025", "2025"),
            ("every 20 minutes", "PT20M"),
        ],
    ),
    (
        "travel-article-drone-new-years-eve",
        "Flights at the airport were suspended for three hours on New Year's Eve after a drone was seen near "
        "the runway. The first sighting was reported at 8.05pm, and departures resumed at 11.10pm. Around 40 "
        "flights were diverted or cancelled. Police said on Thursday they had arrested a 34-year-old man. The "
        "airport will install new detection equipment by March.",
        date(2026, 1, 1),
        [
            ("three hours", "PT3H"),
            ("New Year's Eve", "2025-12-31"),
            ("8.05pm", "2025-12-31T20:05"),
            ("11.10pm", "2025-12-31T23:10"),
            ("Thursday", "2026-01-01"),
            ("March", "2026-03"),
        ],
    ),
    (
        "travel-article-sleeper-train-return",
        "The sleeper train between Paris and Berlin returns on Dec. 12 after a year-long suspension. Trains "
        "will leave Paris at 19:12 three times a week and reach Berlin the next morning. The service was "
        "halted last December when its operator lost a subsidy. Tickets went on sale on Tuesday and the first "
        "departure sold out within two hours. The operator hopes to run the train daily from 2027.",
        date(2025, 11, 26),
        [
            ("Dec. 12", "2025-12-12"),
            ("year-long", "P1Y"),
            ("19:12", "2025-12-12T19:12"),
            ("three times a week", "P1W"),
            ("the next morning", "2025-12-13TMO"),
            ("last December", "2024-12"),
            ("Tuesday", "2025-11-25"),
            ("two hours", "PT2H"),
            ("daily", "P1D"),
            ("2027", "2027"),
        ],
    ),
    (
        "travel-article-airport-expansion-week53",
        "The airport's second runway opened on Sunday after five years of building work. The first departure, "
        "a flight to Madrid, left at 7.05am. The airport expects to handle 30 million passengers in 2027, up "
        "from 24 million in 2026. A third terminal is due to open in the autumn of 2029. The old runway will "
        "close for repairs for six weeks in March.",
        date(2027, 1, 3),
        [
            ("Sunday", "2027-01-03"),
            ("five years", "P5Y"),
            ("7.05am", "2027-01-03T07:05"),
            ("2027", "2027"),
            ("2026", "2026"),
            ("the autumn of 2029", "2029-FA"),
            ("six weeks", "P6W"),
            ("March", "2027-03"),
        ],
    ),
    (
        "travel-gate-12-boarding-45-minutes-late",
        "Boarding at gate 12 began 45 minutes late on Friday.",
        date(2025, 7, 5),
        [("45 minutes", "PT45M"), ("Friday", "2025-07-04")],
    ),
    ("travel-trap-787-rows", "The 787 has 30 rows in economy and eight in business.", date(2025, 3, 4), []),
    (
        "travel-article-eurostar-busiest-year",
        "Eurostar carried 19.5 million passengers last year, its busiest year since 2019. The operator said "
        "on Monday it would add a sixth daily return to Amsterdam from June 15. Trains to Brussels will leave "
        "every hour at peak times. A fleet of 50 new trains will enter service in 2031. Fares rose by about "
        "4% in January, and a further rise is planned for the spring.",
        date(2025, 3, 4),
        [
            ("last year", "2024"),
            ("2019", "2019"),
            ("Monday", "2025-03-03"),
            ("daily", "P1D"),
            ("June 15", "2025-06-15"),
            ("every hour", "PT1H"),
            ("2031", "2031"),
            ("January", "2025-01"),
            ("the spring", "2025-SP"),
        ],
    ),
    (
        "travel-article-heatwave-speed-limits",
        "Speed restrictions will be imposed on main lines tomorrow as temperatures are forecast to reach 35C. "
        "Network Rail said rails could buckle in the afternoon, when the heat peaks. Last summer, a fire "
        "beside the track closed the West Coast line for 14 hours. Passengers should travel only if necessary "
        "on Thursday and Friday. The Met Office warning is in force until 9pm on Friday.",
        date(2026, 6, 17),
        [
            ("tomorrow", "2026-06-18"),
            ("the afternoon", "2026-06-18TAF"),
            ("Last summer", "2025-SU"),
            ("14 hours", "PT14H"),
            ("Thursday", "2026-06-18"),
            ("Friday", "2026-06-19"),
            ("9pm on Friday", "2026-06-19T21:00"),
        ],
    ),
]


# Rows the tagger still gets wrong, with why; strict, so a fix that makes one pass must remove it from here.
KNOWN_FAILURES: dict[str, str] = {
    "news-severn-flood-warning-friday": (
        "a directive looks ahead for every date after it, even a past one"
        " ('told to prepare ... after heavy rain on Thursday')"
    ),
    "news-edinburgh-festival-programme-tuesday": (
        "a month in a verbless phrase takes the main verb's past ('unveiled its"
        " programme ..., with 300 performances in August')"
    ),
    "news-murder-appeal-referral-monday": (
        "'will have his case heard': the participle after an object reads as a past"
    ),
    "news-cannes-closing-night-saturday": (
        "a year heading the sentence frames 'went on to win ... in March', which is a year later"
    ),
    "news-somerset-festival-flooded-monday": (
        "'Next year's dates will be announced in the autumn': the year frames the autumn, though it dates the dates"
    ),
    "page-county-cup-semifinal": (
        "'the second half' of a match, without 'of the match', is read as a half-year; 'August' then follows that half"
    ),
    "page-rates-analysis-september": (
        "'last summer' on 2 September is the summer just ended (2025-SU), as the rules"
        " read 'last fall'; the row reads the one before, and leaves out 'recently'"
    ),
    "page-folk-festival-record": ("the row leaves out 'current', which the rules read as PRESENT_REF"),
    "page-mars-rover-launch": ("'local time' is left out of a clock time's span, as the rule's own example has it"),
    "page-heart-drug-trial-halted": ("a year before a plural noun ('its 2026 sales forecast') is read as a quantity"),
    "page-eastport-marathon-heat": (
        "'next year's race open on June 1': a year heading the sentence frames it as documented, one year too far"
    ),
    "saga-election-eve-monday": (
        "'Americans vote on Tuesday after a campaign that has lasted': a plural present ('vote') marks no tense"
    ),
    "saga-deputy-pm-resigns-january": (
        "a season before a noun ('winter recess') is read as a season, which the README does not settle"
    ),
    "saga-drought-water-emergency": (
        "'that winter' after 2015 is the winter that began in 2014 (2014-WI); the row reads 2015-WI"
    ),
    "saga-airline-grounded-labor-day": (
        "an -ed adjective after a verb ('fly stranded travellers home from Wednesday') reads as a past"
    ),
    "saga-vaccine-rollout-new-years-day": (
        "'a.m.' before a capitalised word does not end the sentence, so the time takes the next day"
    ),
    "length-quarterly-dividend": (
        "'quarterly' is left unmarked: financial news writes it for a kind of dividend or report far more than for a"
        " recurrence, and TimeBank's annotators leave it; the row reads a set"
    ),
    "length-quarterly-adverb": (
        "'quarterly' is left unmarked: financial news writes it for a kind of dividend or report far more than for a"
        " recurrence, and TimeBank's annotators leave it; the row reads a set"
    ),
    "length-quarterly-from-jan-1": (
        "'quarterly' is left unmarked: financial news writes it for a kind of dividend or report far more than for a"
        " recurrence, and TimeBank's annotators leave it; the row reads a set"
    ),
    "trap-novel-1984-reissued": "a title or a name holding a time word or a year is read as a time",
    "trap-film-tomorrow-never-dies": "a title or a name holding a time word or a year is read as a time",
    "trap-band-three-days-grace": "a band's present is no timetable, and its name is read",
    "trap-band-the-1975-sunday": "a title or a name holding a time word or a year is read as a time",
    "trap-series-wednesday-returns": "a title or a name holding a time word or a year is read as a time",
    "trap-this-morning-itv": "a title or a name holding a time word or a year is read as a time",
    "trap-film-1917-oscars": "a title or a name holding a time word or a year is read as a time",
    "trap-film-2001-space-odyssey": "a title or a name holding a time word or a year is read as a time",
    "trap-film-blade-runner-2049": "a title or a name holding a time word or a year is read as a time",
    "trap-film-500-days-of-summer": "a title or a name holding a time word or a year is read as a time",
    "trap-song-manic-monday": "a title or a name holding a time word or a year is read as a time",
    "trap-song-ruby-tuesday": "a title or a name holding a time word or a year is read as a time",
    "trap-song-last-christmas": "a title or a name holding a time word or a year is read as a time",
    "trap-song-eight-days-a-week": "a title or a name holding a time word or a year is read as a time",
    "trap-song-summer-of-69": "a title or a name holding a time word or a year is read as a time",
    "trap-film-friday-the-13th": "a title or a name holding a time word or a year is read as a time",
    "trap-film-midnight-in-paris": "a title or a name holding a time word or a year is read as a time",
    "trap-song-september-weddings": "a title or a name holding a time word or a year is read as a time",
    "trap-days-of-our-lives": "a title or a name holding a time word or a year is read as a time",
    "trap-hundred-years-of-solitude-series": "a title or a name holding a time word or a year is read as a time",
    "trap-film-independence-day-1996": "a title or a name holding a time word or a year is read as a time",
    "trap-sunday-riley-spring": "a title or a name holding a time word or a year is read as a time",
    "trap-tgi-fridays-bankruptcy": "a title or a name holding a time word or a year is read as a time",
    "trap-theresa-may-may-stand-down": "the surname 'May' is read as the modal 'may'",
    "trap-evening-standard-weekly": "'a weekly' (a newspaper) is read as a set",
    "trap-20th-century-studios-july": "a title or a name holding a time word or a year is read as a time",
    "trap-midnight-oil-new-years-eve": "a band's name ('Midnight Oil') is read as midnight",
    "trap-time-out-40-seconds": "'40 seconds' is no duration",
    "world-trap-14-march-alliance": "a date naming an alliance, lower case ('14 March alliance'), is read as a date",
    "article-bird-flu-who-monday": (
        "read as the calendar month before publication, as TimeBank's gold reads 'over the past year';"
        " the row reads the trailing month"
    ),
    "article-carmaker-takeover-paris": (
        "read as the calendar year before publication, as TimeBank's gold reads 'over the past year';"
        " the row reads the trailing year"
    ),
    "phrase-past-week": (
        "read as the calendar week before publication, as TimeBank's gold reads 'over the past year';"
        " the row reads the trailing week"
    ),
    "econ-boe-holds-rates-article": (
        "'later than it forecast in November': 'forecast' spelled alike in the past and present (and a noun) is no"
        " tense marker, so a later timetable verb decides"
    ),
    "econ-rba-raises-cash-rate": (
        "'had expected the bank to hold until May': an expectation in the past perfect is read as overtaken"
    ),
    "speech-headline-strike-off-trains-run-saturday": (
        "'trains run on Saturday': 'run' alone is no timetable verb (it is a noun and a past participle too)"
    ),
    "sport2-article-derby-report": (
        "'who play at home on Monday night': a plural present ('play') marks no tense, as in 'Americans vote'"
    ),
    "sport2-article-fight-week": (
        "'The two fighters come face to face ... on Thursday': a plural present marks no tense"
    ),
    "sport2-article-six-nations-preview": (
        "'in each of the last two years' is spanned with 'each of', as counted_duration spans it; the row"
        " leaves 'each of' out"
    ),
    "case-extradited-nine-years-later": (
        "'extradited in 2023, nine years later': the shift counts from 2023, the year last named, as documented;"
        " the row reads it as restating 2023 from the 2014 before it"
    ),
    "climate-article-hurricane-lorna": (
        "'ordered the evacuation of the coast from 6am on Sunday': an order looks ahead only through its 'to'"
        " ('ordered residents to leave'); a bare 'ordered X on Sunday' can date the order itself"
    ),
    "culture-article-sitcom-final-series": (
        "'returns for its final series at 9pm on Monday': 'returns' is a timetable only right before 'in', 'on'"
        " or 'to' (it is a plural noun too: tax returns)"
    ),
    "culture-title-1989-taylors-version": "a title or a name holding a time word or a year is read as a time",
    "culture-title-tuesdays-with-morrie-stage": "a title or a name holding a time word or a year is read as a time",
    "culture-title-sunday-bloody-sunday": "a title or a name holding a time word or a year is read as a time",
    "culture-title-tomorrow-and-tomorrow-adaptation": (
        "a title or a name holding a time word or a year is read as a time"
    ),
    "local-article-water-rates-council": (
        "'voted 5-2 Monday to raise water rates ... starting Jan. 1': a vote's 'to' is not read as a plan, as it is"
        " as often a purpose ('voted for an Arab force to protect Saudi Arabia, with the vanguard arriving Tuesday')"
    ),
    "local-article-county-fair": (
        "'children under 12 get in free on Friday': an admission offer in the plural present marks no tense"
    ),
    "local-article-holiday-schedule-week-53": (
        "'will run one day late this week': 'late' after a length is read as the qualifier of 'this week'"
    ),
    "local-article-library-children": (
        "'Children who read 20 books by Aug. 15': 'read' is read as its past, as news mostly means it"
    ),
    "local-article-water-main-break": (
        "'reopened at 11 p.m., but ... through Monday': a clock time takes the day named in its sentence, even"
        " in a clause of the other tense"
    ),
    "local-article-senior-center-flu-clinic": (
        "'will hold a free flu shot clinic ... Wednesday': the noun 'shot' is read as a past tense"
    ),
    "world2-article-state-visit-britain": (
        "'A summit on migration follows on Friday': 'follows' is no timetable verb (it as often dates what came"
        " before: 'follows a decision on Monday')"
    ),
    "edu-art-alevel-results": (
        "'Clearing opened at 8am and runs until Oct. 21': a clock time takes the day named in its sentence, even"
        " in a clause of the other tense"
    ),
    "edu-art-scottish-results": (
        "'Pupils who sat exams in May will get appeal outcomes': the main verb's 'will' after the relative clause"
        " decides, over its own 'sat'"
    ),
    "apac-in-rbi-10am-12-feb": (
        "'on 12 Feb.' at a sentence end: the short month's dot is kept in the span, where a clock time's is not"
    ),
    "apac-art-sg-cdc-vouchers": "'next Wed': a short weekday is read only beside a date ('Wed, March 12')",
    "apac-au-next-wed": "'next Wed': a short weekday is read only beside a date ('Wed, March 12')",
    "apac-sg-ahead-of-chinese-new-year": "lunar holidays (Chinese New Year) have no table of dates",
    "apac-art-sg-chinatown-cny": "lunar holidays (Chinese New Year) have no table of dates",
    "apac-hk-overnight-9am": (
        "'gusts overnight, and ... at 9am': a clock time after a night takes the night's day, not the morning after"
    ),
    "travel-runway-overnight-9am": (
        "'closed the runway overnight, and flights resumed at 9am': a clock time after a night takes the night's"
        " day, not the morning after"
    ),
    "apac-art-in-union-budget": (
        "'Markets fell ... by 3.30pm' after 'from 1 April': a clock time takes the day last named, even a starting"
        " point still to come"
    ),
    "head-correction-vote-is-tuesday-not-wednesday": (
        "'is on Tuesday, not Wednesday': the day denied after the comma takes no tense from 'is'"
    ),
    "head-article-bogota-budget-correction": (
        "'is on Tuesday, not Wednesday': the day denied after the comma takes no tense from 'is'"
    ),
    "head-article-snow-warning-new-year": (
        "a headline line without a full stop runs into the sentence after it, whose tense then decides"
    ),
    "head-article-croatia-euro": (
        "a headline line without a full stop runs into the sentence after it ('joined the euro at midnight' takes"
        " the next line's day)"
    ),
    "travel-article-rail-strike-dates": (
        "'A previous 24-hour stoppage': 'previous' is taken into the span of a length used as an adjective"
    ),
    "travel-article-storm-cancellations": (
        "'A similar storm in January closed the line' in a 30 December paper: a past month almost a year back,"
        " with the coming one within a month, is read as an arrangement for the coming one (see crime-threw-in-"
        "january)"
    ),
    "travel-article-sleeper-train-return": (
        "'leave Paris at 19:12 ... and reach Berlin the next morning': the clock time takes the day of 'the next"
        " morning', named after it in its sentence"
    ),
    "sport-2000-guineas-race-name": "a number in a race's name ('the 2000 Guineas') is not a year",
    "crime-threw-in-january": (
        "a month named in the past tense a year back, when the coming one is within a month, is read as an"
        " arrangement for the coming one ('told oil companies of a cutback in September'): without a parse the"
        " rule cannot tell a past act from a past announcement; dropping it for months cost 3 values on"
        " TimeBank+AQUAINT"
    ),
    "markets-fiscal-year": (
        "TimeML writes a fiscal year FY2022, but chronology/dates.py (shared, not ours) reads no FY value, so"
        " the event would be lost, and TimeBank's gold writes these as plain years (value_f1 -0.0016)"
    ),
}


def _tags(sentence: str, published: date) -> Expected:
    return [(expression.text, expression.value) for expression in tag(sentence, published)]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        pytest.param(
            sentence,
            published,
            expected,
            id=name,
            marks=[pytest.mark.xfail(reason=KNOWN_FAILURES[name], strict=True)] if name in KNOWN_FAILURES else [],
        )
        for name, sentence, published, expected in CASES
    ],
)
def test_unseen_news_sentence(sentence: str, published: date, expected: Expected) -> None:
    assert _tags(sentence, published) == expected
