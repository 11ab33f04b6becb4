--TEST--
string keys are quoted with ' and NUL written \0; int keys bare, negative ones too
--FILE--
<?php
$a = ["it's" => 1, "nul\0byte" => 2, 'back\\slash' => 3, -5 => 4, PHP_INT_MAX => 5, '' => 6];
xdebug_debug_zval('a');
--EXPECT--
a: (refcount=2, is_ref=0)=array ('it\'s' => (refcount=0, is_ref=0)=1, 'nul\0byte' => (refcount=0, is_ref=0)=2, 'back\slash' => (refcount=0, is_ref=0)=3, -5 => (refcount=0, is_ref=0)=4, 9223372036854775807 => (refcount=0, is_ref=0)=5, '' => (refcount=0, is_ref=0)=6)
