--TEST--
growing a string with .= moves it through the bins at 32 + length, then pages
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$s = ''; $m = memory_get_usage(); $last = -1;
for ($i = 0; $i < 700; $i++) { $s .= 'abcdefghij'; $d = memory_get_usage() - $m; if ($d != $last) { echo strlen($s), ': ', $d, "\n"; $last = $d; } }
--EXPECT--
start
10: 0
20: 48
30: 64
40: 80
50: 96
70: 112
90: 128
100: 160
130: 192
170: 224
200: 256
230: 320
290: 384
360: 448
420: 512
490: 640
610: 768
740: 896
870: 1024
1000: 1280
1250: 1536
1510: 1792
1770: 2048
2020: 2560
2530: 3072
3050: 4096
4070: 8192
