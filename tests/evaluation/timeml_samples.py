"""Small TimeML documents written for these tests (not taken from any corpus)."""

from __future__ import annotations

# A creation time with a clock time, entities in the text and the title, an EVENT and a SIGNAL between the
# expressions, a SIGNAL nested inside a TIMEX3, an empty TIMEX3 and a TIMEX3 outside <TEXT> (in the title).
VALLEY_TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>VALLEY-1</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="2021-09-06T14:30" temporalFunction="false" \
functionInDocument="CREATION_TIME">2021-09-06 14:30</TIMEX3></DCT>
<TITLE>Talks &amp; truce <TIMEX3 tid="t9" type="DATE" value="2021">this year</TIMEX3></TITLE>
<TEXT>
Fighters &amp; elders <EVENT eid="e1" class="OCCURRENCE">met</EVENT> \
<TIMEX3 tid="t1" type="DATE" value="2021-09-05" functionInDocument="NONE">on <SIGNAL sid="s1">Sunday</SIGNAL>\
</TIMEX3>, &quot;<EVENT eid="e2" class="OCCURRENCE">days</EVENT>&quot; <SIGNAL sid="s2">after</SIGNAL> \
<TIMEX3 tid="t2" type="DURATION" value="P2D" mod="APPROX">about two days</TIMEX3> of talks\
<TIMEX3 tid="t3" type="DATE" value="2021-09" anchorTimeID="t0"/>.
&lt;Talks&gt; <EVENT eid="e3" class="OCCURRENCE">resume</EVENT> \
<TIMEX3 tid="t4" type="DATE" value="2021-09-07">tomorrow</TIMEX3> at \
<TIMEX3 tid="t5" type="TIME" value="2021-09-07T09:00">9 a.m.</TIMEX3>
</TEXT>
</TimeML>
"""

# The plain text of VALLEY_TML's <TEXT>, tags dropped and entities unescaped, written out by hand.
VALLEY_TEXT = (
    '\nFighters & elders met on Sunday, "days" after about two days of talks.\n<Talks> resume tomorrow at 9 a.m.\n'
)

# A second document with a date-only creation time, for folder walks.
HARBOUR_TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-11-20" \
functionInDocument="CREATION_TIME">19981120</TIMEX3></DCT>
<TEXT>The harbour reopened <TIMEX3 tid="t1" type="DATE" value="1998-11-19">yesterday</TIMEX3> \
after <TIMEX3 tid="t2" type="DURATION" value="P3W">three weeks</TIMEX3>.</TEXT>
</TimeML>
"""
