--TEST--
++ on null gives 1, -- on null stays null, bools never change
--FILE--
<?php
$a = null; $a++; var_dump($a);
$b = null; $b--; var_dump($b);
$t = true; $t++; var_dump($t);
$f = false; $f--; var_dump($f);
--EXPECT--
int(1)
NULL
bool(true)
bool(false)
