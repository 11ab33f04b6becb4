--TEST--
text the name reader cannot place is skipped: a bare word, an unclosed bracket or quote
--FILE--
<?php
$a = [1, 'k' => 2];
xdebug_debug_zval('a[k]', 'a[', 'a["k', 'a[0', 'a[0]x', 'a[]', 'a[ 0 ]', '[0]', '');
--EXPECT--
a[k]: (refcount=2, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1, 'k' => (refcount=0, is_ref=0)=2)
a[: (refcount=2, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1, 'k' => (refcount=0, is_ref=0)=2)
a["k: (refcount=0, is_ref=0)=2
a[0: (refcount=0, is_ref=0)=1
a[0]x: (refcount=0, is_ref=0)=1
a[]: (refcount=2, is_ref=0)=array (0 => (refcount=0, is_ref=0)=1, 'k' => (refcount=0, is_ref=0)=2)
a[ 0 ]: (refcount=0, is_ref=0)=1
[0]: no such symbol
: no such symbol
