--TEST--
interpolated strings are one exact-size string (php builds them with ROPE), whatever their parts
--FILE--
<?php
echo "s\n";
foreach ([5, 12345, 1234567, 123456789012] as $i) {
  foreach (["x", "abcdefghijklmnop"] as $w) {
    $m = memory_get_usage(); $s = "item {$i};"; $a = memory_get_usage() - $m; unset($s);
    $m = memory_get_usage(); $s = "$w:{$i}:$w and more"; $b = memory_get_usage() - $m; unset($s);
    $m = memory_get_usage(); $s = "<$w>"; $c = memory_get_usage() - $m; unset($s);
    echo "$a $b $c\n";
  }
}

--EXPECT--
s
32 40 32
32 80 48
40 48 32
40 80 48
40 48 32
40 80 48
48 56 32
48 80 48
