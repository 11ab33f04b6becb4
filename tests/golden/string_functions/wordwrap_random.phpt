--TEST--
300 random texts through wordwrap: widths, breaks, cutting
--FILE--
<?php
var_dump(wordwrap("fahda bfh  gbda  dgecgcbchcca  d\nccef  dcdg afgcc\nbfeaf\n", 5, "\n", false));
var_dump(wordwrap("", 11, "\n\n", true));
var_dump(wordwrap("fgahacd\ndh\nfehbfe g df fcfebefec\nce  cabgadfe ", 4, "<br>", false));
var_dump(wordwrap("gfc ", 13, "-", true));
var_dump(wordwrap("chhfheehgc gc hfcbhefbfae eheefc\nahefeheffe fgfchffccdf ebgcgeea ", 5, "\n", false));
var_dump(wordwrap("acb  chdagh\ngbddfa  ", 13, "\n", false));
var_dump(wordwrap("", 9, "\n", false));
var_dump(wordwrap("fefcggfhc  ghd bfa bfcfggg\nhehg ceehega\nehecha hd ", 8, "<br>", false));
var_dump(wordwrap("d eceehhba\neef\neahffcaaeh  bdagghghgde  beagehec hhf cgabdebba  gbghab db cehcccgcbdab gbeabgcagbf  ", 7, "-", true));
var_dump(wordwrap("eecd  hgccaf  ab hd  hhfbaga\ngdb\nhd gfd  ", 9, "\n\n", false));
var_dump(wordwrap("d  cgbbaacddahh  faghegfhhbd cbf\nhcebece  dahafffaahh  bfe dcadadbg\n", 5, "<br>", true));
var_dump(wordwrap("agea ahgcaafb\nbdhbhadahgaa gheaa cgdd  fb cb\ndahfhggcaehd bcehbegfc bhd ", 9, "-", true));
var_dump(wordwrap("fgaecah ", 0, "\n", false));
var_dump(wordwrap("gc becceh  feabaabacfg  adgcf ", 5, "<br>", true));
var_dump(wordwrap("cchggbffh hgch c hhabcgada\n", 11, "\n\n", false));
var_dump(wordwrap("edef ffda\nhgfccdhgab ", 9, "<br>", false));
var_dump(wordwrap("hbdgabcgafa eghghacgfa deebabfgeae dbabefdhbbdf ggaggcdfg bfdbde ebcbg\n", 13, "<br>", false));
var_dump(wordwrap("degebfcga bec dfbfbah bfd gdhbadcb  fc  bhfcbf ", 14, "\n", true));
var_dump(wordwrap("hgabfcahg bheabh dfgceh bbegfbgadgd  bcebh cgdbhfc ", 8, "\n\n", false));
var_dump(wordwrap("ad hahb\nhaacg gadagggga fce\ngbfd gdechfe\nb ", 6, "\n", false));
var_dump(wordwrap("hchdbfaacg\nec ffdcebebbgf fhhdc aagcd ", 13, "<br>", true));
var_dump(wordwrap("adagf e\nhbbfegge  bha  dgbefgchfbha\ndhaabbfcff  ehcbe  aegcd ehccafbahaha  g gh\ndbbbabhebe\n", 12, "<br>", true));
var_dump(wordwrap("dhbcfb  ghgcdchchfa\ngeh  ddcgefebd ", 8, "\n\n", true));
var_dump(wordwrap("bfbbecagcfeb\n", 10, "\n", false));
var_dump(wordwrap("fggbb  ", 2, "<br>", true));
var_dump(wordwrap("gbhgbdgaebff ", 14, "\n\n", true));
var_dump(wordwrap("bbbg beehgad ", 12, "<br>", true));
var_dump(wordwrap("bceaheheeceh gbcdhbhd dcb\nhehchbeefabd\nf ", 9, "-", true));
var_dump(wordwrap("geg cedaah\nege\nhffacha  ", 1, "<br>", true));
var_dump(wordwrap("dc\ndgb\ngdeaddb  fgedbfhaeacg h d bchh ", 14, "<br>", true));
var_dump(wordwrap("dbfdbfbc  gaag e ggcb ddcghcg  e\ndebdgghd  fead cfbgfceca\ncgbahfbhc  ", 13, "<br>", false));
var_dump(wordwrap("hadhebbhd fb fg  ffa bbbah hdhecgehb  ", 2, "\n\n", false));
var_dump(wordwrap("cf  gbfdfbhfbhf h adeeehfbhgdg bcbhfae gbcahc ", 2, "\n", false));
var_dump(wordwrap("egdag ecfghhac  hfbbhe fbgghe chf ccgag edcghb\ngaddg habe  ff\n", 6, "\n", true));
var_dump(wordwrap("dfhaab bebd bf egceeb\ncdhaehd ", 3, "-", false));
var_dump(wordwrap("", 8, "\n", false));
var_dump(wordwrap("bd fdhaaf\n", 11, "-", false));
var_dump(wordwrap("ehca\nddaebdddgd\ncdcbh heeb\nchbfhaeacc\negehfcdhdba ceadeceg bfebd\nd ghebh ", 1, "<br>", false));
var_dump(wordwrap("cfgcgdaed hhchhhh ddfdcbbhhac\nh cbabghcbafgf\n", 10, "\n", false));
var_dump(wordwrap("", 15, "\n", true));
var_dump(wordwrap("eeeddhbhh  fged  gafbcd ", 11, "<br>", false));
var_dump(wordwrap("hebeacbbhec ", 7, "-", false));
var_dump(wordwrap("g ggabegbbafe\n", 4, "<br>", false));
var_dump(wordwrap("ebgga hehbebdg\nbd gdhfdcaabgg h\ndfhedd\nhebebega hacadgcdfdb ", 14, "<br>", false));
var_dump(wordwrap("he hf fdbefeafffc\nggfe  gdcafab ghbg  fdgb ", 13, "-", false));
var_dump(wordwrap("hfcda\nfdbhfebe fhc  dgheadbg afe a fgbdcfedgcc heghfeffae ghdebbbbgbf hga ffebdbhc bfecdagbchbd ", 13, "\n\n", false));
var_dump(wordwrap("chfh ", 4, "\n\n", false));
var_dump(wordwrap("agagcfhhhgd fhgbaa ", 14, "<br>", false));
var_dump(wordwrap("gbfegbbbbbc dh\nfgdfddb eeaggdfccad daafehhh  ", 5, "\n", true));
var_dump(wordwrap("f\nbh d hadgfbabdh edfhdd cdbg  haehdadagcc  ecfbfed  fcgchd aceecb\n", 7, "\n\n", true));
var_dump(wordwrap("cef dgaaefgdfba hfbfhhgbehdg  abffg edbece  bdb\nfbc ", 12, "-", false));
var_dump(wordwrap("dbcdfdd\ngchfg\ncefbfcg gb ecahdahhb\nffcdhaechbg ffceddccceg ", 4, "<br>", false));
var_dump(wordwrap("aedg achecbhfcb dhdfhhbce  bcbbbeghddhg bghefdha aef\nbhgdhbhdfg dcffddh\nbfgecefef ", 9, "<br>", true));
var_dump(wordwrap("ccfgdf ddehcdg bcegabefcgd ahfcfgaceehb c ", 10, "\n\n", false));
var_dump(wordwrap("efggaebcdgf adcbdecegeah\ncec\nddhcdh cddcedfg  cacehhaee eaabdddh dcddf ", 11, "\n\n", true));
var_dump(wordwrap("dahedgbbcdc  gdgghcchfae\negbaf  fbbcf edbagddc baabaf\n", 10, "\n", true));
var_dump(wordwrap("", 9, "-", true));
var_dump(wordwrap("ffbdfc gddhefhhgee eededgdha  fhfhg egefdhhfaa ehg ", 4, "\n\n", true));
var_dump(wordwrap("chgddf\naaggfahadh\nff dbhcdhahdfba  achb ", 7, "<br>", false));
var_dump(wordwrap("dggc gdbgaggb\n", 9, "\n\n", false));
var_dump(wordwrap("fhbcb fbcbabgaeb eaefh  hbcee  heachbfce eegagcgbhc aggbefbaafff  gbcdefdbg ", 3, "\n", false));
var_dump(wordwrap("cc ehddaahebhca ", 4, "\n", true));
var_dump(wordwrap("dhdch ecghfdc  addebaecd bgaebdagbg ", 3, "\n", false));
var_dump(wordwrap("aeccdedhf fedgdhdd bceaaf fcfcefca  bgcae hhgchdc ddh aebgc c\nbfac  aceeaa ", 10, "\n", false));
var_dump(wordwrap("cgfbhdcach\nghggf cfddhdheaaah bebhgbbbfeea hb ", 3, "-", false));
var_dump(wordwrap("cbeecc\nfaeffffhdgf\nagbbgahacbfg chaabebfggb ebbhagdah ehb adaecddbha  badbb ", 15, "\n", false));
var_dump(wordwrap("gbafdbh  fd g adfebhaahhh ehaaebfe\nfea geaeccf ffhgbcfgfb  bee b  fhcfbhdfcfd ", 11, "-", true));
var_dump(wordwrap("adbbgchhdga dhabhdgdabgd\naefbebhh dagcaeebebd geg bgbebacbebfe  agcddeaecba  haf  gbdeedgfhgbh agcecabhed\ngecfgfedbga ", 6, "-", false));
var_dump(wordwrap("f fbfdfgebd  fddcgdghbh cggcfdcg ebacfacafghb  bdcega ", 3, "<br>", true));
var_dump(wordwrap("cf fafhaggaa\nbfgbfcfgggb dhfadcedccd\ndb bceaagea aa eaf  cfhegdcc cdcc\n", 11, "\n\n", true));
var_dump(wordwrap("aeehd ", 8, "-", true));
var_dump(wordwrap("ddaa\nfeafecac  ffhcccbfc ddachbbcbad\ndeh\ngacgddebbe aaacdbf  ", 4, "\n\n", false));
var_dump(wordwrap("bgahbbgce hbbcagcfecbc bc ", 11, "\n\n", false));
var_dump(wordwrap("hbd ebebecadb fgh\nb\nbacdgbgffadg dd  b h bgad ", 11, "<br>", false));
var_dump(wordwrap("gbegdbfebeee\n", 4, "<br>", false));
var_dump(wordwrap("eabdgfhbg dfgaehfa  chacgbde dbhcbabehagd cdadghhgf acccdadg a beabeb  bhceghgha haccbehhcbhf ", 5, "\n", false));
var_dump(wordwrap("bbbbchedb aeacfcfffh  eadghghff cehafc ebdhdf\nhedaeaegfcd dfgehb ", 2, "<br>", false));
var_dump(wordwrap("bccf  cfgdecfeh chhh bcffef dbehhb efbcffc\naacgfghfgcbh ", 14, "-", true));
var_dump(wordwrap("fdcdef geafhfbdhc\nf ", 3, "\n", true));
var_dump(wordwrap("bh gfd\nfccbfdd\ngdgbebabh\ndhfhd ffachg gbd bbedbgh ", 6, "-", false));
var_dump(wordwrap("", 14, "-", true));
var_dump(wordwrap("aggdafcbh eadcccf  chbbf  fdhehhadbeeb bacefh gehgfabf dcebb ccaedhecdb  ghhdgccefgch efhhg degbbhaabbga ", 13, "\n", true));
var_dump(wordwrap("hh  geb  hgbeeagd ", 7, "\n\n", true));
var_dump(wordwrap("", 10, "-", false));
var_dump(wordwrap("", 9, "-", false));
var_dump(wordwrap("", 6, "<br>", false));
var_dump(wordwrap("", 3, "-", false));
var_dump(wordwrap("deda gaafhbhh hgceeac acbgbgdcf gfgfaebba hfdefabe hegcbfhaadd ", 2, "\n", false));
var_dump(wordwrap("", 11, "\n\n", false));
var_dump(wordwrap("gcce  c g bgebchaha efffcehf egdadb bcgaaaeea\ncbcf aabf cgcfbebdcdfe bbd  ", 3, "\n\n", false));
var_dump(wordwrap("gabgda hab a abagcfedd badchfgc aga  cfdcachg chdeahh  dccgef\nhhbgae  eebecdhdh ", 9, "\n", true));
var_dump(wordwrap("", 3, "-", true));
var_dump(wordwrap("fbddg\ngdgab  bhghddf  hcedahdhcce efegfafba dafe hffhahcf\nhdcedga  e ", 12, "\n", true));
var_dump(wordwrap("ghcbe\n", 12, "\n\n", true));
var_dump(wordwrap("a a gbefadcd\ndecfedhhcedh  aafggfb dfdaeeebf ", 13, "-", true));
var_dump(wordwrap("dda cgca  ", 4, "-", false));
var_dump(wordwrap("", 1, "<br>", false));
var_dump(wordwrap("gg\nfhcfbfd ebeahdhfffg dhc  ehgfehdfgfh aaddhdhhd\ned gfgeahfcbbbd g  bbdfdgeeah ehaeabdbh ", 6, "-", true));
var_dump(wordwrap("hgdeehedc\ndfgcgcegba hfghde acdafgaghea dfae  eecdacfcg dhdgd\nddd fcgb\nhacefeghde ", 8, "-", true));
var_dump(wordwrap("afgb afgdh ch\nggh cacff\n", 5, "\n\n", false));
var_dump(wordwrap("", 11, "\n\n", false));
var_dump(wordwrap("bgf\n", 7, "\n", true));
var_dump(wordwrap("f\nbcgeebaddddf gfagfg faabbbaefg chhffegadf ", 12, "-", false));
var_dump(wordwrap("dgacfdefedb ag  gdgbbfba cefbcf daahfbba eeghcdfh hgbfdchde afadfa\n", 9, "<br>", false));
var_dump(wordwrap("gdhbabfbe dhceabfhe ", 3, "-", false));
var_dump(wordwrap("hhd hbdbfdcf bd dgdaefaga hgebgffhdc  fhbd\n", 13, "\n\n", false));
var_dump(wordwrap("ab eebcbh ", 9, "<br>", false));
var_dump(wordwrap("dfcfhc  chabcadaddh agb gaahgeadg\nbcahdhdad  eahc  hbghf  ", 6, "-", false));
var_dump(wordwrap("", 11, "<br>", false));
var_dump(wordwrap("gdeheffaad cbfafacabcd  facagbhghc ebadcbdcfacb hbcfahdchh  bbbdddfgegb  adbfaaeh bbahefh\nfcaedcb\nge gbddhff ", 3, "\n", true));
var_dump(wordwrap("afbc\nhaeh edfdfgggdgch agdcc gghfhfadff bbafehfgada cb  dehg hdbae  ", 10, "-", false));
var_dump(wordwrap("dhfbhbe g dfbefbhdae h\nahgb cfdehffaadg cbdgfbd gdccf\ndddgd ", 13, "\n", true));
var_dump(wordwrap("eagbbbbea dhh bbcadc hdgbafcfb aa hfeahhcf e  dbffeba  agb  ", 13, "-", true));
var_dump(wordwrap("hgeagefa\ncgdccbbefcd\nbgegb cchfhhfa ad  ", 8, "\n\n", true));
var_dump(wordwrap("bfedcf\nfga ffdbdd bchagbhbfb fghadcfdg bacgc ", 2, "<br>", true));
var_dump(wordwrap("cebf\nggfg g aefeehbahcab dgfaaeafcac ffccfgffhaa chdaeha gdg  gedgg\nbachdaff ", 0, "\n\n", false));
var_dump(wordwrap("dgade  cch efccfegeb\nh  fecbebbabge\nhccdgcgdgdcg\nedefhgbdaagg bbcfdeaadeea ", 8, "\n", false));
var_dump(wordwrap("fhdbacab gafhhhh\ncdhfgaghd\nhg  ", 1, "\n\n", true));
var_dump(wordwrap("", 10, "<br>", true));
var_dump(wordwrap("cefghhc ahgafabcdgg  hdcababghd\ncg\ndcccaea dhe  ", 15, "-", true));
--EXPECT--
string(56) "fahda
bfh 
gbda 
dgecgcbchcca
 d
ccef 
dcdg
afgcc
bfeaf
"
string(0) ""
string(58) "fgahacd
dh
fehbfe<br>g df<br>fcfebefec
ce<br> cabgadfe<br>"
string(4) "gfc "
string(65) "chhfheehgc
gc
hfcbhefbfae
eheefc
ahefeheffe
fgfchffccdf
ebgcgeea
"
string(20) "acb  chdagh
gbddfa  "
string(0) ""
string(62) "fefcggfhc<br> ghd bfa<br>bfcfggg
hehg<br>ceehega
ehecha<br>hd "
string(108) "d-eceehhb-a
eef
e-ahffcaa-eh -bdagghg-hgde -beagehe-c hhf-cgabdeb-ba -gbghab-db-cehcccg-cbdab-gbeabgc-agbf  "
string(45) "eecd 

hgccaf 

ab hd 

hhfbaga
gdb
hd

gfd  "
string(122) "d <br>cgbba<br>acdda<br>hh <br>faghe<br>gfhhb<br>d<br>cbf
h<br>cebec<br>e <br>dahaf<br>ffaah<br>h <br>bfe<br>dcada<br>dbg
"
string(75) "agea-ahgcaafb
-bdhbhadah-gaa gheaa-cgdd  fb-cb
dahfhg-gcaehd-bcehbegfc-bhd "
string(8) "fgaecah
"
string(54) "gc<br>becce<br>h <br>feaba<br>abacf<br>g <br>adgcf<br>"
string(29) "cchggbffh

hgch c

hhabcgada
"
string(27) "edef<br>ffda
hgfccdhgab<br>"
string(86) "hbdgabcgafa<br>eghghacgfa<br>deebabfgeae<br>dbabefdhbbdf<br>ggaggcdfg<br>bfdbde ebcbg
"
string(47) "degebfcga bec
dfbfbah bfd
gdhbadcb  fc 
bhfcbf "
string(56) "hgabfcahg

bheabh

dfgceh

bbegfbgadgd

 bcebh

cgdbhfc "
string(43) "ad
hahb
haacg
gadagggga
fce
gbfd
gdechfe
b "
string(44) "hchdbfaacg
ec<br>ffdcebebbgf<br>fhhdc aagcd "
string(120) "adagf<br>e
hbbfegge <br>bha <br>dgbefgchfbha<br>
dhaabbfcff <br>ehcbe  aegcd<br>ehccafbahaha<br> g<br>gh
dbbbabheb<br>e
"
string(41) "dhbcfb 

ghgcdchc

hfa
geh 

ddcgefeb

d "
string(13) "bfbbecagcfeb
"
string(18) "fg<br>gb<br>b <br>"
string(13) "gbhgbdgaebff "
string(16) "bbbg beehgad<br>"
string(43) "bceahehee-ceh-gbcdhbhd-dcb
hehch-beefabd
f-"
string(106) "g<br>e<br>g<br>c<br>e<br>d<br>a<br>a<br>h<br>
<br>e<br>g<br>e<br>
<br>h<br>f<br>f<br>a<br>c<br>h<br>a<br> "
string(44) "dc
dgb
gdeaddb<br> fgedbfhaeacg<br>h d bchh "
string(87) "dbfdbfbc <br>gaag e ggcb<br>ddcghcg <br>e
debdgghd <br>fead<br>cfbgfceca
cgbahfbhc<br> "
string(44) "hadhebbhd

fb

fg

 ffa

bbbah

hdhecgehb

 "
string(46) "cf
 gbfdfbhfbhf
h
adeeehfbhgdg
bcbhfae
gbcahc
"
string(63) "egdag
ecfghh
ac 
hfbbhe
fbgghe
chf
ccgag
edcghb
gaddg
habe 
ff
"
string(30) "dfhaab-bebd-bf-egceeb
cdhaehd-"
string(0) ""
string(10) "bd fdhaaf
"
string(88) "ehca
ddaebdddgd
cdcbh<br>heeb
chbfhaeacc
egehfcdhdba<br>ceadeceg<br>bfebd
d<br>ghebh<br>"
string(45) "cfgcgdaed
hhchhhh
ddfdcbbhhac
h
cbabghcbafgf
"
string(0) ""
string(30) "eeeddhbhh <br>fged <br>gafbcd "
string(12) "hebeacbbhec-"
string(17) "g<br>ggabegbbafe
"
string(72) "ebgga<br>hehbebdg
bd<br>gdhfdcaabgg<br>h
dfhedd
hebebega<br>hacadgcdfdb "
string(43) "he hf-fdbefeafffc
ggfe- gdcafab ghbg- fdgb "
string(103) "hfcda
fdbhfebe

fhc  dgheadbg

afe a

fgbdcfedgcc

heghfeffae

ghdebbbbgbf

hga ffebdbhc

bfecdagbchbd "
string(6) "chfh

"
string(22) "agagcfhhhgd<br>fhgbaa "
string(51) "gbfeg
bbbbb
c dh
fgdfd
db
eeagg
dfcca
d
daafe
hhh  "
string(78) "f
bh d

hadgfba

bdh

edfhdd

cdbg 

haehdad

agcc 

ecfbfed

 fcgchd

aceecb
"
string(52) "cef-dgaaefgdfba-hfbfhhgbehdg- abffg-edbece -bdb
fbc "
string(71) "dbcdfdd
gchfg
cefbfcg<br>gb<br>ecahdahhb
ffcdhaechbg<br>ffceddccceg<br>"
string(116) "aedg<br>achecbhfc<br>b<br>dhdfhhbce<br> bcbbbegh<br>ddhg<br>bghefdha<br>aef
bhgdh<br>bhdfg<br>dcffddh
b<br>fgecefef "
string(46) "ccfgdf

ddehcdg

bcegabefcgd

ahfcfgaceehb

c "
string(79) "efggaebcdgf

adcbdecegea

h
cec
ddhcd

h cddcedfg 

cacehhaee

eaabdddh

dcddf "
string(56) "dahedgbbcd
c 
gdgghcchfa
e
egbaf 
fbbcf
edbagddc
baabaf
"
string(0) ""
string(72) "ffbd

fc

gddh

efhh

gee

eede

dgdh

a 

fhfh

g

egef

dhhf

aa

ehg "
string(46) "chgddf
aaggfahadh
ff<br>dbhcdhahdfba<br> achb "
string(15) "dggc

gdbgaggb
"
string(76) "fhbcb
fbcbabgaeb
eaefh
 hbcee
 heachbfce
eegagcgbhc
aggbefbaafff
 gbcdefdbg
"
string(18) "cc
ehdd
aahe
bhca
"
string(36) "dhdch
ecghfdc
 addebaecd
bgaebdagbg
"
string(75) "aeccdedhf
fedgdhdd
bceaaf
fcfcefca 
bgcae
hhgchdc
ddh aebgc
c
bfac 
aceeaa "
string(46) "cgfbhdcach
ghggf-cfddhdheaaah-bebhgbbbfeea-hb "
string(76) "cbeecc
faeffffhdgf
agbbgahacbfg
chaabebfggb
ebbhagdah ehb
adaecddbha 
badbb "
string(79) "gbafdbh  fd-g-adfebhaahhh-ehaaebfe
fe-a geaeccf-ffhgbcfgfb -bee b -fhcfbhdfcfd-"
string(118) "adbbgchhdga-dhabhdgdabgd
aefbebhh-dagcaeebebd-geg-bgbebacbebfe- agcddeaecba- haf -gbdeedgfhgbh-agcecabhed
gecfgfedbga-"
string(117) "f<br>fbf<br>dfg<br>ebd<br> fd<br>dcg<br>dgh<br>bh<br>cgg<br>cfd<br>cg<br>eba<br>cfa<br>caf<br>ghb<br> bd<br>ceg<br>a "
string(81) "cf

fafhaggaa
b

fgbfcfgggb

dhfadcedccd


db

bceaagea aa

eaf 

cfhegdcc

cdcc
"
string(6) "aeehd "
string(65) "ddaa
feafecac

 ffhcccbfc

ddachbbcbad
deh
gacgddebbe

aaacdbf

 "
string(28) "bgahbbgce

hbbcagcfecbc

bc "
string(58) "hbd<br>ebebecadb<br>fgh
b
bacdgbgffadg<br>dd  b h<br>bgad "
string(13) "gbegdbfebeee
"
string(94) "eabdgfhbg
dfgaehfa
 chacgbde
dbhcbabehagd
cdadghhgf
acccdadg
a
beabeb
 bhceghgha
haccbehhcbhf
"
string(83) "bbbbchedb<br>aeacfcfffh<br> eadghghff<br>cehafc<br>ebdhdf
hedaeaegfcd<br>dfgehb<br>"
string(57) "bccf -cfgdecfeh chhh-bcffef dbehhb-efbcffc
aacgfg-hfgcbh "
string(24) "fdc
def
gea
fhf
bdh
c
f "
string(50) "bh-gfd
fccbfdd
gdgbebabh
dhfhd-ffachg-gbd-bbedbgh-"
string(0) ""
string(105) "aggdafcbh
eadcccf 
chbbf 
fdhehhadbeeb
bacefh
gehgfabf
dcebb
ccaedhecdb 
ghhdgccefgch
efhhg
degbbhaabbga "
string(21) "hh  geb

 hgbeea

gd "
string(0) ""
string(0) ""
string(0) ""
string(0) ""
string(63) "deda
gaafhbhh
hgceeac
acbgbgdcf
gfgfaebba
hfdefabe
hegcbfhaadd
"
string(0) ""
string(84) "gcce

 c

g

bgebchaha

efffcehf

egdadb

bcgaaaeea
cbcf

aabf

cgcfbebdcdfe

bbd

 "
string(80) "gabgda
hab a
abagcfedd
badchfgc
aga 
cfdcachg
chdeahh 
dccgef
hhbgae 
eebecdhdh
"
string(0) ""
string(69) "fbddg
gdgab 
bhghddf 
hcedahdhcce
efegfafba
dafe
hffhahcf
hdcedga  e "
string(6) "ghcbe
"
string(46) "a a-gbefadcd
decf-edhhcedh -aafggfb-dfdaeeebf "
string(10) "dda-cgca- "
string(0) ""
string(97) "gg
fhc-fbfd-ebeahd-hfffg-dhc -ehgfeh-dfgfh-aaddhd-hhd
ed-gfgeah-fcbbbd-g -bbdfdg-eeah-ehaeab-dbh "
string(88) "hgdeehed-c
dfgcgc-egba-hfghde-acdafgag-hea dfae- eecdacf-cg-dhdgd
dd-d-fcgb
hac-efeghde "
string(27) "afgb

afgdh

ch
ggh

cacff
"
string(0) ""
string(4) "bgf
"
string(44) "f
bcgeebaddddf-gfagfg-faabbbaefg-chhffegadf "
string(88) "dgacfdefedb<br>ag <br>gdgbbfba<br>cefbcf<br>daahfbba<br>eeghcdfh<br>hgbfdchde<br>afadfa
"
string(20) "gdhbabfbe-dhceabfhe-"
string(46) "hhd hbdbfdcf

bd dgdaefaga

hgebgffhdc 

fhbd
"
string(13) "ab eebcbh<br>"
string(58) "dfcfhc- chabcadaddh-agb-gaahgeadg
bcahdhdad- eahc -hbghf -"
string(0) ""
string(135) "gde
hef
faa
d
cbf
afa
cab
cd 
fac
agb
hgh
c
eba
dcb
dcf
acb
hbc
fah
dch
h 
bbb
ddd
fge
gb 
adb
faa
eh
bba
hef
h
fca
edc
b
ge
gbd
dhf
f "
string(68) "afbc
haeh-edfdfgggdgch-agdcc-gghfhfadff-bbafehfgada-cb  dehg-hdbae  "
string(60) "dhfbhbe g
dfbefbhdae h
ahgb
cfdehffaadg
cbdgfbd gdccf
dddgd "
string(60) "eagbbbbea dhh-bbcadc-hdgbafcfb aa-hfeahhcf e -dbffeba  agb -"
string(48) "hgeagefa


cgdccbb

efcd
bge

gb

cchfhhfa

ad  "
string(121) "bf<br>ed<br>cf<br>
f<br>ga<br>ff<br>db<br>dd<br>bc<br>ha<br>gb<br>hb<br>fb<br>fg<br>ha<br>dc<br>fd<br>g<br>ba<br>cg<br>c "
string(86) "cebf
ggfg

g

aefeehbahcab

dgfaaeafcac

ffccfgffhaa

chdaeha

gdg



gedgg
bachdaff

"
string(75) "dgade 
cch
efccfegeb
h 
fecbebbabge
hccdgcgdgdcg
edefhgbdaagg
bbcfdeaadeea
"
string(85) "f

h

d

b

a

c

a

b

g

a

f

h

h

h

h




c

d

h

f

g

a

g

h

d




h

g

 "
string(0) ""
string(49) "cefghhc-ahgafabcdgg -hdcababghd
cg
d-cccaea dhe  "
