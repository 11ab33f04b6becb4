--TEST--
non-ASCII characters as \u escapes, surrogate pairs, JSON_UNESCAPED_UNICODE
--FILE--
<?php
$s = "é€😀 \u{2028}\u{2029} \u{10FFFF} \u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}";
echo json_encode($s), "\n";
echo json_encode($s, JSON_UNESCAPED_UNICODE), "\n";
echo json_encode($s, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS), "\n";
echo json_encode($s, JSON_UNESCAPED_LINE_TERMINATORS), "\n";
echo json_encode(["clé" => "välue"]), "\n";
echo json_encode(["clé" => "välue"], JSON_UNESCAPED_UNICODE), "\n";
--EXPECT--
"\u00e9\u20ac\ud83d\ude00 \u2028\u2029 \udbff\udfff \u0080\u07ff\u0800\uffff\ud800\udc00"
"é€😀 \u2028\u2029 􏿿 ߿ࠀ￿𐀀"
"é€😀    􏿿 ߿ࠀ￿𐀀"
"\u00e9\u20ac\ud83d\ude00 \u2028\u2029 \udbff\udfff \u0080\u07ff\u0800\uffff\ud800\udc00"
{"cl\u00e9":"v\u00e4lue"}
{"clé":"välue"}
