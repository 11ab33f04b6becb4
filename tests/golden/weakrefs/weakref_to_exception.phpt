--TEST--
An exception object as the target
--FILE--
<?php
$e = new RuntimeException("boom");
$w = WeakReference::create($e);
var_dump($w->get()->getMessage());
unset($e);
var_dump($w->get());
try {
    throw new LogicException("caught");
} catch (LogicException $caught) {
    $w = WeakReference::create($caught);
}
var_dump($w->get()->getMessage());
unset($caught);
var_dump($w->get());
--EXPECT--
string(4) "boom"
NULL
string(6) "caught"
NULL
