--TEST--
One property site reads, writes and increments ->x on classes that keep x in different slots
--FILE--
<?php
class One { public $x = 1; }
class Two { public $a = "a"; public $b = "b"; public $x = 20; }
class Three extends Two { public $y = "y"; }
$objects = [new One, new Two, new Three, new One, new Three];
for ($round = 0; $round < 2; $round++) {
    foreach ($objects as $o) {
        $o->x = $o->x + 1;
        $o->x++;
        $o->x += 10;
        echo $o::class, " ", $o->x, "\n";
    }
}
var_dump($objects[1]);
--EXPECT--
One 13
Two 32
Three 32
One 13
Three 32
One 25
Two 44
Three 44
One 25
Three 44
object(Two)#2 (3) {
  ["a"]=>
  string(1) "a"
  ["b"]=>
  string(1) "b"
  ["x"]=>
  int(44)
}
