--TEST--
string keys: insert, update, read, unset and reinsert
--FILE--
<?php
$t = [];
for ($round = 0; $round < 3; $round++) {
    for ($i = 0; $i < 50; $i++) $t["k" . $i] = $i * $round;
    for ($i = 0; $i < 50; $i += 2) unset($t["k" . $i]);
    $t["k" . $round] = "re";
}
var_dump(count($t));
echo implode_keys($t), "\n";
function implode_keys($a) { $s = ""; foreach ($a as $k => $v) $s .= "$k=$v,"; return $s; }
$n = [];
$n["10"] = "int key";
$n["010"] = "string key";
$n[10] .= "!";
var_dump($n);
--EXPECT--
int(26)
k1=2,k3=6,k5=10,k7=14,k9=18,k11=22,k13=26,k15=30,k17=34,k19=38,k21=42,k23=46,k25=50,k27=54,k29=58,k31=62,k33=66,k35=70,k37=74,k39=78,k41=82,k43=86,k45=90,k47=94,k49=98,k2=re,
array(2) {
  [10]=>
  string(8) "int key!"
  ["010"]=>
  string(10) "string key"
}
