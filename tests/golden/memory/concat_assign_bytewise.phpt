--TEST--
appending one byte at a time crosses each bin at 32 + length
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$s = str_pad('', 2, 'x') . 'y'; $m = memory_get_usage(); $last = -1;
for ($i = 0; $i < 300; $i++) { $s .= 'a'; $d = memory_get_usage() - $m; if ($d != $last) { echo strlen($s), ': ', $d, "\n"; $last = $d; } }
--EXPECT--
start
4: 0
9: 8
17: 16
25: 24
33: 40
49: 56
65: 72
81: 88
97: 120
129: 152
161: 184
193: 216
225: 280
289: 344
