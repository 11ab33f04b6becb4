--TEST--
an uncaught exception from an array_filter callback shows [internal function] in the trace
--FILE--
<?php
function keep($v) {
    if ($v === null) throw new InvalidArgumentException("null element");
    return $v > 1;
}
print_r(array_filter([1, 2, 3], 'keep'));
array_filter([1, null], 'keep');
--EXITCODE--
255
--EXPECTF--
Array
(
    [1] => 2
    [2] => 3
)

Fatal error: Uncaught InvalidArgumentException: null element in %s:3
Stack trace:
#0 [internal function]: keep(NULL)
#1 %s(7): array_filter(Array, 'keep')
#2 {main}
  thrown in %s on line 3
