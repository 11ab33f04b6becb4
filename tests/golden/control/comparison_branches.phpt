--TEST--
Conditions that are comparisons, on numbers and on other types, in every branching statement
--FILE--
<?php
function classify($x) {
    if ($x < 0) {
        return "negative";
    } elseif ($x == 0) {
        return "zero";
    } elseif ($x <= 1.5) {
        return "small";
    } elseif ($x !== 2) {
        return $x === 3 ? "three" : "big";
    }
    return "two";
}
for ($i = -1; $i <= 5; $i++) {
    echo $i, ": ", classify($i), "\n";
}
echo classify(1.5), " ", classify("0"), " ", classify(null), " ", classify("abc"), " ", classify(2.0), "\n";
$n = 0;
while ($n != 3) {
    $n++;
}
do {
    $n--;
} while ($n > "1");
echo $n, "\n";
$s = "a";
while ($s < "e") {
    $s++;
}
echo $s, "\n";
for ($i = 0, $j = 10; $i < $j && $j >= 5; $i += 2, $j--) {
    if (!($i < 4) || $i === 2) {
        continue;
    }
    echo "$i,$j ";
}
echo "\n";
$x = 5;
echo ($x < 3 ? "lt" : ($x == 5 ? "eq" : "gt")), "\n";
if (($x < 3) == false) {
    echo "not less\n";
}
$f = 0.1 + 0.2;
if ($f == 0.3) { echo "equal\n"; } else { echo "not equal\n"; }
if (NAN < 1 || NAN >= 1 || NAN == NAN) { echo "nan compares\n"; } else { echo "nan never compares\n"; }
switch (true) {
    case $x < 5: echo "case lt\n"; break;
    case $x <= 5: echo "case le\n"; break;
}
--EXPECT--
-1: negative
0: zero
1: small
2: two
3: three
4: big
5: big
small zero zero big big
1
e
0,10 
eq
not less
not equal
nan never compares
case le
