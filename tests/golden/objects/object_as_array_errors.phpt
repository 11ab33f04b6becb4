--TEST--
An object whose class is not ArrayAccess used as an array: every read, write, isset, empty and unset is an Error
--FILE--
<?php
class A {}
$o = new A;
foreach (['r' => fn() => $o[1], 'is' => fn() => $o[1] ?? 'd', 'isset' => fn() => isset($o[1]), 'empty' => fn() => empty($o[1]),
          'w' => function () use ($o) { $o[1] = 2; }, 'nested' => function () use ($o) { $o[1][] = 2; },
          'op' => function () use ($o) { $o[1] .= 'x'; }, 'inc' => function () use ($o) { $o[1]++; },
          'unset' => function () use ($o) { unset($o[1]); }, 'append' => function () use ($o) { $o[] = 1; }] as $what => $f) {
    try { var_dump($f()); } catch (Error $e) { echo $what, ': ', get_class($e), ': ', $e->getMessage(), "\n"; }
}
--EXPECT--
r: Error: Cannot use object of type A as array
is: Error: Cannot use object of type A as array
isset: Error: Cannot use object of type A as array
empty: Error: Cannot use object of type A as array
w: Error: Cannot use object of type A as array
nested: Error: Cannot use object of type A as array
op: Error: Cannot use object of type A as array
inc: Error: Cannot use object of type A as array
unset: Error: Cannot use object of type A as array
append: Error: Cannot use object of type A as array
