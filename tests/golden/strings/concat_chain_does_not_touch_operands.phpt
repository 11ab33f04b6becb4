--TEST--
Building a string from pieces never changes the variables it was built from
--FILE--
<?php
$a = "foo";
$b = ($a . "") . "bar";
$c = $a . "-" . $a . "-" . 42 . "-" . 1.5;
$d = "$a/$b/{$c}!";
echo $a, "|", $b, "|", $c, "|", $d, "\n";
$e = $d;
$f = $e . "x" . "y";
echo $d, "|", $e, "|", $f, "\n";
for ($i = 0, $s = ""; $i < 5; $i++) {
    $t = $s . $i . ",";
    $s = $t;
}
echo $s, "\n";
--EXPECT--
foo|foobar|foo-foo-42-1.5|foo/foobar/foo-foo-42-1.5!
foo/foobar/foo-foo-42-1.5!|foo/foobar/foo-foo-42-1.5!|foo/foobar/foo-foo-42-1.5!xy
0,1,2,3,4,
