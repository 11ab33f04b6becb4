--TEST--
JSON_HEX_TAG, JSON_HEX_AMP, JSON_HEX_APOS and JSON_HEX_QUOT
--FILE--
<?php
$s = "<a href=\"x\" title=\x27y\x27>&</a>";
echo json_encode($s), "\n";
echo json_encode($s, JSON_HEX_TAG), "\n";
echo json_encode($s, JSON_HEX_AMP), "\n";
echo json_encode($s, JSON_HEX_APOS), "\n";
echo json_encode($s, JSON_HEX_QUOT), "\n";
echo json_encode($s, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT), "\n";
echo json_encode([$s => 1], JSON_HEX_TAG | JSON_HEX_QUOT), "\n";
--EXPECT--
"<a href=\"x\" title='y'>&<\/a>"
"\u003Ca href=\"x\" title='y'\u003E&\u003C\/a\u003E"
"<a href=\"x\" title='y'>\u0026<\/a>"
"<a href=\"x\" title=\u0027y\u0027>&<\/a>"
"<a href=\u0022x\u0022 title='y'>&<\/a>"
"\u003Ca href=\u0022x\u0022 title=\u0027y\u0027\u003E\u0026\u003C\/a\u003E"
{"\u003Ca href=\u0022x\u0022 title='y'\u003E&\u003C\/a\u003E":1}
