--TEST--
.= appends in place: a string built one byte at a time (quadratic copying would time out)
--FILE--
<?php
$s = "";
for ($i = 0; $i < 300000; $i++) {
    $s .= "x";
}
$t = $s;
$t .= "!";
echo strlen($s), " ", strlen($t), " ", substr_count_like($s), "\n";
function substr_count_like($s) { return $s[0] . $s[299999]; }
$n = "n";
for ($i = 0; $i < 5; $i++) {
    $n .= $i;
}
echo $n, "\n";
--EXPECT--
300000 300001 xx
n01234
