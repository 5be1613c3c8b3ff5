# ActorGraph relation lexicon: verbs and nominalisations for the 16 PLOVER types.
# Reviewed by hand; each line is one way English news reports the relation.

# ---------- AGREE ----------
AGREE: sign~ * agreement|deal|accord|treaty|pact|memorandum|declaration with {T}
AGREE: reach~|strike~|clinch~|seal~|conclude~ * agreement|deal|accord|truce|ceasefire|settlement with {T}
AGREE: agree~ with {T} on|to
AGREE: agree~ to * ceasefire|truce|deal|talks|agreement with {T}
AGREE: pledge~|vow~|promise~ to work|cooperate * with {T}
AGREE: sign~|initial~|initialled|initialed|ratify~|ratified * agreement|deal|accord|treaty|pact|memorandum|declaration|statement
AGREE: reach~|strike~|clinch~|seal~ * agreement|deal|accord|truce|ceasefire|settlement
AGREE: agree~ * to * ceasefire|truce|deal|agreement|settlement|phase|plan
AGREE: agree~ * on * ceasefire|truce|deal|agreement|settlement
AGREE: agree~ * to halt|stop|end|cease|suspend|extend|resume
AGREE: agreement|deal|accord|treaty|pact|ceasefire|truce between {T}
AGREE: agreed|signed * deal|agreement|pact|accord between {T}
AGREE: agree~ to|on
AGREE: accept~|accepted a|an|the? {T} proposal|proposals|plan|offer|terms

# ---------- CONSULT ----------
CONSULT/meet: meet~ with? {T}
CONSULT/meet: hold~|held * talks|meeting|meetings|discussions|consultations|negotiations * with {T}
CONSULT/meet: sit|sat down with {T}
CONSULT/meet: host~ {T}
CONSULT/meet: receive~|received {T}
CONSULT/meet: welcome~|welcomed {T} to|in|at
CONSULT/meet: greet~|greeted {T}
CONSULT/meet: negotiate~ with {T}
CONSULT/meet: talk~ with {T}
CONSULT/meet: confer~|conferred with {T}
CONSULT/meet: hold~|held * talks|meeting|meetings|discussions|negotiations|summit
CONSULT/meet: meet~ in|at|on|for
CONSULT/meet: meet~ in|at|on * with {T}
CONSULT/meet: talks|meeting|summit|negotiations between {T}
CONSULT/meet: meeting|talks with {T}
CONSULT/meet: {S} 's meeting|talks with {T}
CONSULT/meet: mediate~ between {T}
CONSULT/visit: visit~ {T}
CONSULT/visit: pay~|paid * visit to {T}
CONSULT/visit: make~|made * visit|trip to {T}
CONSULT/visit: travel~|travelled|traveled|fly~|flew|arrive~|arrived on? to|in {T}
CONSULT/visit: {S} 's * visit|trip to {T}
CONSULT/visit: visit|trip to {T} by {S}
CONSULT/visit: land~|landed in {T}
CONSULT/phone: speak~|spoke|spoken by? phone|telephone with? {T}
CONSULT/phone: speak~|spoke|spoken with|to {T} by phone|telephone
CONSULT/phone: hold~|held|have|had * phone|telephone call|conversation|talks with {T}
CONSULT/phone: phoned|phone~|telephone~ {T}
CONSULT/phone: phone|telephone call with {T}
CONSULT/phone: spoke|speak~|talked|talk by phone|telephone
CONSULT/phone: spoke|speak~|talked|talk~ * in * phone|telephone call
CONSULT/phone: discuss~ * in * phone|telephone call
CONSULT/meet: discuss~ * in|at * talks|meeting

# ---------- SUPPORT ----------
SUPPORT: express~|expressed|pledge~|reaffirm~|voice~ * support|solidarity for|with {T}
SUPPORT: pledge~|pledged|express~|expressed|reaffirm~ * solidarity with {T}
SUPPORT: back~ {T}
SUPPORT: support~ {T}
SUPPORT: endorse~ {T}
SUPPORT: praise~|hail~|commend~|applaud~ {T}
SUPPORT: side~ with {T}
SUPPORT: stand|stood|stands with|by {T}
SUPPORT: recognize~|recognise~ {T}
SUPPORT: defend~ {T}
SUPPORT: congratulate~ {T}
SUPPORT: rally|rallied|rallies|unite~|united behind|around {T}
SUPPORT: award~|decorate~|honour~|honor~ {T}
SUPPORT: welcome~|welcomed * package|decision|move|agreement|deal|announcement|support by|from|of {T}
SUPPORT: thank~ {T}
SUPPORT: voiced|expressed|offered * backing for {T}
SUPPORT: {S} 's support for {T}
SUPPORT: support|backing|solidarity for|with {T}

# ---------- CONCEDE ----------
CONCEDE: ease~|relax~|loosen~|lift~|end~|remove~|scrap~ * sanctions|restrictions|embargo|programme|program on|against {T}
CONCEDE: release~|free~|freed * prisoners|detainees|hostages|captives to|from? {T}
CONCEDE: release~|free~|freed {T}
CONCEDE: apologise~|apologize~ to {T}
CONCEDE: concede~ to {T}
CONCEDE: allow~|permit~|grant~|granted * access to {T}
CONCEDE: return~|returned|hand~|handed * prisoners|captives|soldiers|soldier|bodies|territory|hostages back? to {T}
CONCEDE: accept~|accepted * demands|demand|terms|offer of? {T}

# ---------- COOPERATE ----------
COOPERATE: cooperate~|co-operate~|collaborate~ with {T}
COOPERATE: hold~|held|conduct~|stage~ * joint * exercises|drills|patrols|exercise with {T}
COOPERATE: join~|joined * forces with {T}
COOPERATE: form~|formed|forge~|forged * alliance|partnership|coalition with {T}
COOPERATE: extradite~ * to {T}
COOPERATE: share~|shared * intelligence with {T}
COOPERATE: intelligence sharing|cooperation with {T}
COOPERATE: deepen~|strengthen~|expand~|boost~ * ties|cooperation|relations|partnership with {T}
COOPERATE: joint * exercises|drills|patrols|operation|operations with {T}
COOPERATE: held|hold~|conduct~|stage~|begin~|began|open~|start~ * joint|annual|naval|military * exercises|exercise|drills|patrols|patrol
COOPERATE: trade * with {T}
COOPERATE: defence|defense|security|military treaty|pact|alliance between {T}
COOPERATE: fight~|fought|fighting * alongside {T}

# ---------- AID ----------
AID: send~|sent|ship~|deliver~|provide~|supply~|supplied|give~|gave|transfer~ * aid|assistance|weapons|arms|missiles|ammunition|tanks|jets|equipment|systems|system|drones|support|funds|money|loans|shells|supplies|troops|food|fuel to {T}
AID: send~|sent|ship~|deliver~|provide~|supply~|supplied|give~|gave * {T} with? * aid|assistance|weapons|arms|missiles|ammunition|tanks|jets|equipment|loans|funds
AID: arm~|armed {T}
AID: grant~|granted * asylum to {T}
AID: aid|assistance|package|weapons|loan to {T}
AID: {S} 's * aid|assistance|support to {T}
AID: pledge~|pledged|announce~|approve~|unveil~ * aid|assistance|package|loan|funding for|to {T}
AID: fund~|finance~|financed|bankroll~ {T}
AID: lend~|lent * to {T}

# ---------- RETREAT ----------
RETREAT: withdraw~|withdrew|withdrawn|pull~|pulled * troops|forces|soldiers|units * from {T}
RETREAT: withdraw~|withdrew|withdrawn|pull~|pulled out of {T}
RETREAT: withdraw~|withdrew|withdrawn from {T}
RETREAT: lift~|lifted * blockade|restrictions|embargo|siege|ban on|of {T}
RETREAT: retreat~ from {T}
RETREAT: demobilize~|demobilise~ * near|along {T}
RETREAT: withdrawal from {T}
RETREAT: {S} 's withdrawal from {T}

# ---------- REQUEST ----------
REQUEST: urge~ {T}
REQUEST: appeal to {T}
REQUEST: call~|called on|upon {T}
REQUEST: demand~ * from|of {T}
REQUEST: demand~ that {T}
REQUEST: demand~|demanded {T} release|stop|end|withdraw|halt|return|free
REQUEST: appeal~ to {T}
REQUEST: ask~ {T} to|for
REQUEST: press~|pressed|pressure~|pressured {T} to|for|over|on
REQUEST: request~ * from {T}
REQUEST: implore~|beg~|begged {T}
REQUEST: plead~|pleaded with {T}

# ---------- ACCUSE ----------
ACCUSE: accuse~ {T}
ACCUSE: accuse~|blame~|condemn~|criticise~|criticize~ each|one|the other|another
ACCUSE: condemn~ {T}
ACCUSE: criticise~|criticize~|criticised|criticized {T}
ACCUSE: denounce~ {T}
ACCUSE: blame~ {T}
ACCUSE: slam~|slammed|lambast~|rebuke~|castigate~|chide~|chided|decry|decried|decries {T}
ACCUSE: lash~ out at {T}
ACCUSE: charge~ {T} with
ACCUSE: allege~ that {T}
ACCUSE: launch~|launched|open~|opened * investigation|probe|inquiry into {T}
ACCUSE: investigate~ {T}
ACCUSE: sue~|sued {T}
ACCUSE: file~|filed|bring~|brought * case|complaint|lawsuit against {T}
ACCUSE: protest~ to {T}
ACCUSE: summon~ * ambassador|envoy of? {T}
ACCUSE: summon~ {T} 's * ambassador|envoy|charge
ACCUSE: {S} 's * condemnation|criticism of {T}
ACCUSE: condemnation|criticism of {T}
ACCUSE: issue~|issued * warrant|warrants for {T}
ACCUSE: indict~ {T}

# ---------- REJECT ----------
REJECT: reject~ {T}
REJECT: reject~|rejected * proposal|plan|offer|demand|demands|call|calls|request|claims|accusations|allegations|proposals|terms by|from|of {T}
REJECT: {S} reject~|rejected {T} 's
REJECT: refuse~|refused|decline~|declined to * meet|talk|negotiate|recognise|recognize|accept|receive|host with? {T}
REJECT: refuse~|refused|decline~|declined * talks|meeting|demands|request with|from|of {T}
REJECT: veto~|vetoed * {T}
REJECT: dismiss~ {T}
REJECT: rebuff~ {T}
REJECT: defy~|defied|defies {T}
REJECT: snub~|snubbed {T}
REJECT: deny|denied|denies {T} 's
REJECT: boycott~ * talks|summit|meeting with? {T}

# ---------- THREATEN ----------
THREATEN: threaten~ {T}
THREATEN: threaten~ to * {T}
THREATEN: warn~ {T}
THREATEN: warn~ that {T}
THREATEN: issue~|issued|deliver~ * ultimatum|warning|threat to {T}
THREATEN: vow~|vowed|pledge~ * to retaliate|respond|avenge * against? {T}
THREATEN: vow~|vowed * retaliation|revenge|response against {T}
THREATEN: vow~|vowed|pledge~ to continue|keep * fight|fighting|attacks|attacking|strikes|striking|war against|on? {T}
THREATEN: threaten~ * sanctions|tariffs|tariff|retaliation|strikes|action|force against|on {T}
THREATEN: threat|threats|warning|ultimatum to|against {T}

# ---------- PROTEST ----------
PROTEST: protest~|protested|demonstrate~|rally|rallied|rallies|march~ against {T}
PROTEST: boycott~ {T}
PROTEST: protests|demonstrations|rallies against {T}
PROTEST: staged|stage~|held|hold~ * protest|protests|demonstration|demonstrations|rally|rallies against|outside {T}
PROTEST: go~|went on strike against {T}

# ---------- SANCTION ----------
SANCTION: impose~|imposed|slap~|slapped|level~|levied|levy|announce~|unveil~|adopt~|approve~|extend~|expand~|tighten~ * sanctions|sanction|tariffs|tariff|embargo|restrictions|penalties|ban|controls on|against {T}
SANCTION: sanction~ {T}
SANCTION: {T} be~ sanctioned by {S}
SANCTION: expel~|expelled * diplomats|ambassador|envoy|diplomat of? from? {T}
SANCTION: expel~|expelled {T}
SANCTION: sever~|severed|cut~|cut|break~|broke * ties|relations|links with {T}
SANCTION: suspend~|halt~|freeze~|froze|frozen|cut|cut~ * aid|funding|assistance|exports|imports|trade|talks|cooperation to|with|from|for {T}
SANCTION: blacklist~ {T}
SANCTION: downgrade~ * relations|ties with {T}
SANCTION: ban~ {T}
SANCTION: recall~ * ambassador|envoy from {T}
SANCTION: sanctions|tariffs|embargo|restrictions on|against {T}
SANCTION: {S} 's * sanctions|tariffs|embargo on|against {T}
SANCTION: package of sanctions against|on {T}
SANCTION: tariffs|tariff on * from {T}

# ---------- MOBILIZE ----------
MOBILIZE: mass~|massed|amass~|deploy~|deployed|station~|move~|moved|send~|sent * troops|forces|soldiers|warships|tanks|missiles|jets|units * near|to|along|on|toward|towards|at * border with {T}
MOBILIZE: mass~|massed|amass~|deploy~|deployed|station~|mobilise~|mobilize~ * troops|forces|soldiers|warships|tanks|missiles|units * near|along|toward|towards|around {T}
MOBILIZE: put|puts|placed|place~ * forces|troops|military|army * on * alert * against|over {T}
MOBILIZE: hold~|held|conduct~|stage~|launch~ * drills|exercises|exercise|games|live-fire * near|around|off {T}
MOBILIZE: encircle~|surround~ {T}
MOBILIZE: buildup|build-up|deployment * near|along|on * border with? {T}
MOBILIZE: fly~|flew|sent|send~ * warplanes|aircraft|jets|bombers|drones * into|over * airspace of? {T}

# ---------- COERCE ----------
COERCE: arrest~ {T}
COERCE: detain~ {T}
COERCE: seize~ {T}
COERCE: seize~|seized * ship|ships|tanker|tankers|vessel|vessels|assets|property|territory of|from? {T}
COERCE: blockade~ {T}
COERCE: deport~ {T}
COERCE: jail~|imprison~ {T}
COERCE: kidnap~|kidnapped|abduct~ {T}
COERCE: capture~ {T}
COERCE: blockade of {T}
COERCE: {T} be~ arrested|detained|seized|deported|jailed|captured|abducted|kidnapped by {S}
COERCE: freeze~|froze|frozen * assets of {T}
COERCE: impose~|imposed * blockade on {T}

# ---------- ASSAULT ----------
ASSAULT: attack~ {T}
ASSAULT: launch~|launched|carry|carried|carries * attack|attacks|strike|strikes|airstrike|airstrikes|offensive|raid|raids|assault on|against|in {T}
ASSAULT/aerial: strike~|struck|bomb~|bombed {T}
ASSAULT/aerial: strike~|struck|hit|hits|target~ * {T} with * drones|missiles|rockets|airstrikes|warplanes|bombs
ASSAULT/aerial: fire~|fired|launch~|launched * ballistic|cruise|hypersonic? missile|missiles|rocket|rockets|drone|drones|shells at|on|into|toward|towards {T}
ASSAULT/aerial: fire~|fired|launch~|launched * missiles|rockets|drones|shells at|on|into * in|inside|across {T}
ASSAULT/aerial: airstrike|airstrikes|bombing|bombings on|against|of|in {T}
ASSAULT/artillery: shell~ {T}
ASSAULT/artillery: shelling of {T}
ASSAULT/ground: invade~ {T}
ASSAULT/ground: invasion of {T}
ASSAULT/ground: cross~|crossed * into {T}
ASSAULT/ground: incursion|incursions into {T}
ASSAULT: kill~|assassinate~|eliminate~ {T}
ASSAULT: launch~|launched|carry|carried|carries * attack|attacks|strike|strikes|airstrike|airstrikes|offensive|raid|raids|assault on * in|inside|across {T}
ASSAULT/aerial: strike~|struck|bomb~|bombed|hit * targets|sites|positions|facilities|bases * in|inside|across {T}
ASSAULT/ground: {S} 's * invasion of {T}
ASSAULT/ground: storm~|overran|overrun|capture~ * town|city|village|positions|base of? {T}
ASSAULT/firearms: shoot~|shot|open~ fire on {T}
ASSAULT: ambush~ {T}
ASSAULT: clash~|clashed with {T}
ASSAULT: fight~|fought|battle~ {T}
ASSAULT: attacks|attack|strikes|strike|offensive|assault on|against {T}
ASSAULT: {S} 's * attack|attacks|strike|strikes|offensive|assault|bombardment on|against|of {T}
ASSAULT: {T} be~ attacked|struck|bombed|shelled|hit|targeted|invaded|ambushed by {S}
ASSAULT: bombardment of {T}
ASSAULT: clashes between {T}
ASSAULT: clash~|clashed
