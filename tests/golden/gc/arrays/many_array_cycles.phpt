--TEST--
Ten self-referencing arrays collected by one call
--FILE--
<?php
for ($i = 0; $i < 10; $i++) {
    $a = [$i];
    $a[] = &$a;
    unset($a);
}
var_dump(gc_status()['roots']);
var_dump(gc_collect_cycles());
var_dump(gc_status()['roots']);
--EXPECT--
int(10)
int(10)
int(0)
