--TEST--
exit() inside nested pending calls releases their arguments and frames
--FILE--
<?php
function inner($a, $b) { return $a . $b; }
function a($x) { return inner($x, "y") . inner("z", $x); }
function b($n) { $s = "q" . $n; $t = a($s); return inner($t, a($s) . inner(a($s), exit("bye\n"))); }
echo a("m"), "\n";
echo "r" . b(3) . "e\n";
--EXPECT--
myzm
bye
